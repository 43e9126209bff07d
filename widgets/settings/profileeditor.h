#pragma once

#include "models/profiles/connectionprofile.h"
#include "models/profiles/profilevalidator.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ops {

/// The form for one connection profile's non-secret fields, plus password fields whose values
/// go to the keychain only. Shows validation issues next to the fields they concern.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget* parent = nullptr);

    void setProfile(const ConnectionProfile& profile);
    ConnectionProfile profile() const;
    /// The id the profile was saved with (a new profile gets one when it is first saved).
    void setProfileId(const QString& id) { m_loaded.id = id; }
    /// Highlights the fields with issues and lists the messages; an empty list clears them.
    void showIssues(const QList<ProfileIssue>& issues);

    /// Secrets typed by the operator (empty ones are left out), keyed by ConnectionProfile::Secret.
    QMap<ConnectionProfile::Secret, QString> typedSecrets() const;
    void clearSecrets();

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLineEdit* addLine(QFormLayout* form, const QString& field);
    void updateOrchestratorFields();
    void updateRedisWarning();

    ConnectionProfile m_loaded; ///< as setProfile() gave it: the id and the fields not on the form
    QHash<QString, QWidget*> m_fields; ///< by JSON field name, for highlighting
    QHash<QString, QLabel*> m_labels;
    QGroupBox* m_general;
    QGroupBox* m_endpoints;
    QGroupBox* m_postgres;
    QGroupBox* m_redis;
    QGroupBox* m_orchestrator;
    QGroupBox* m_operations;
    QGroupBox* m_secrets;

    QLineEdit* m_name;
    QCheckBox* m_production;
    QLineEdit* m_api;
    QLineEdit* m_caFile;
    QLineEdit* m_clientCertFile;
    QLineEdit* m_clientKeyFile;
    QLineEdit* m_prometheus;
    QLineEdit* m_grafana;
    QLineEdit* m_alertmanager;
    QLineEdit* m_pgHost;
    QSpinBox* m_pgPort;
    QLineEdit* m_pgDatabase;
    QLineEdit* m_pgRecordsDatabase;
    QLineEdit* m_pgUser;
    QComboBox* m_pgSslMode;
    QLineEdit* m_redisHost;
    QSpinBox* m_redisPort;
    QCheckBox* m_redisPlaintext;
    QLabel* m_redisPlaintextWarning;
    QComboBox* m_kind;
    QComboBox* m_composeCommand;
    QLineEdit* m_program;
    QLineEdit* m_composeFile;
    QLineEdit* m_projectName;
    QLineEdit* m_projectDir;
    QLineEdit* m_dockerHost;
    QLineEdit* m_kubectl;
    QLineEdit* m_kubeContext;
    QLineEdit* m_kubeNamespace;
    QLineEdit* m_backups;
    QLineEdit* m_smokeTest;
    QLineEdit* m_queues;
    QLineEdit* m_pgPassword;
    QLineEdit* m_redisPassword;
    QLineEdit* m_apiToken;
    QLineEdit* m_promToken;
    QLabel* m_issues;
};

} // namespace Ops
