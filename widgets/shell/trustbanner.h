#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Ops {

class ConsoleContext;

/// A line above every page while the active profile names programs that are not approved on this
/// workstation (the console then monitors but runs nothing) or a secret was kept back because the
/// profile points elsewhere than it was entered for. Its buttons open the approval dialog or Settings.
/// Hidden when neither applies.
class TrustBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit TrustBanner(ConsoleContext& context, QWidget* parent = nullptr);

    QString text() const;

Q_SIGNALS:
    /// "Open Settings" for the withheld secrets.
    void settingsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void reviewPrograms();

    ConsoleContext& m_context;
    QLabel* m_text;
    QPushButton* m_review;
    QPushButton* m_settings;
};

} // namespace Ops
