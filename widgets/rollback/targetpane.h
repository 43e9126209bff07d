#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Ops {

/// Step 2: the version to go back to — the versions deployed before (audit trail of deployments and
/// rollbacks, running containers' image tags) offered, /version shown, the typed tag validated.
class TargetPane final : public QWidget
{
    Q_OBJECT

public:
    explicit TargetPane(QWidget* parent = nullptr);

    void setCurrentVersion(const QString& version);
    /// (version, where it was seen) pairs, newest first.
    void setCandidates(const QList<QPair<QString, QString>>& candidates);
    QString version() const;
    void setVersion(const QString& version);
    bool isComplete() const;
    void retranslateUi();

Q_SIGNALS:
    void changed();

private:
    void validate();

    QLabel* m_intro;
    QLabel* m_current;
    QLabel* m_listLabel;
    QListWidget* m_list;
    QLabel* m_versionLabel;
    QLineEdit* m_version;
    QLabel* m_validation;
    QString m_currentVersion;
};

} // namespace Ops
