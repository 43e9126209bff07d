#pragma once

#include "models/profiles/connectionprofile.h"
#include "models/profiles/programidentity.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Ops {

/// Shows exactly what a profile would run — each program's path, the file it is now (owner, mode, size,
/// SHA-256), the Docker Engine it is pointed at, its working folder and example command lines — and
/// approves them on this workstation when the operator says so. Programs that cannot be approved (missing,
/// changeable by other users, invalid settings) keep the approve button disabled and say why.
class ProgramApprovalDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProgramApprovalDialog(const ConnectionProfile& profile, QWidget* parent = nullptr);

    /// The details as shown (tests read them).
    QString detailsText() const;
    bool canApprove() const;

Q_SIGNALS:
    /// The programs were approved (settings written).
    void approved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showIdentities(const QList<ProgramIdentity>& identities);
    void render();
    void approve();

    ConnectionProfile m_profile;
    QList<ProgramIdentity> m_identities;
    bool m_read = false;
    QLabel* m_intro;
    QTextBrowser* m_details;
    QLabel* m_status;
    QPushButton* m_approve;
    QPushButton* m_cancel;
};

} // namespace Ops
