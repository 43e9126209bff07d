#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

namespace Ops {

class AuditStore;
class HttpClient;
class OrchestratorSource;
struct AuditEntry;
struct OrchestratorSnapshot;

/// The versions a rollback can go back to, with where each was seen: the running image tags of the
/// app and the workers (the orchestrator's last status), and the versions the audit trail names
/// (deployed before a rollback, rolled back to, deployed). The version running now comes from the
/// API's /version. The wizard's Target step shows both.
class RollbackTargetVersions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackTargetVersions)

public:
    /// (version, where it was seen — translated)
    using Candidates = QList<QPair<QString, QString>>;

    /// None is owned; `auditReader` may be null (no database yet: the audit trail is read when refresh()
    /// is called again).
    RollbackTargetVersions(HttpClient* http, OrchestratorSource* status, AuditStore* auditReader,
                           QObject* parent = nullptr);
    ~RollbackTargetVersions() override;

    void setProfileName(const QString& name) { m_profile = name; }
    /// Reads /version, the running tags and the audit trail again; the signals follow as answers arrive.
    void refresh();

    QString currentVersion() const { return m_current; }
    Candidates candidates() const { return m_candidates; }

    /// The versions an audit trail names, newest first, without duplicates (public for tests).
    static Candidates fromAudit(const QList<AuditEntry>& entries);
    /// The running image tags of the app and the workers (public for tests).
    static Candidates fromSnapshot(const OrchestratorSnapshot& snapshot);

Q_SIGNALS:
    void currentVersionChanged(const QString& version);
    void candidatesChanged(const Ops::RollbackTargetVersions::Candidates& candidates);

private:
    void merge(const Candidates& more);

    QPointer<HttpClient> m_http;
    QPointer<OrchestratorSource> m_status;
    QPointer<AuditStore> m_audit;
    QString m_profile;
    QString m_current;
    Candidates m_candidates;
    quint64 m_generation = 0;
};

} // namespace Ops
