#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ops {

class Session;

/// Production safety wherever an operator can change the stack (Scaling, Rollback, Maintenance pages and
/// the restart dialog): a production profile is read-only until the operator arms it with a reason;
/// arming is audited, expires (Session::armDuration) and the time left is shown as a countdown.
class ArmControl final : public QWidget
{
    Q_OBJECT

public:
    explicit ArmControl(Session& ops, QWidget* parent = nullptr);

    QPushButton* button() const { return m_button; }
    QLineEdit* reasonEdit() const { return m_reason; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void toggle();

    Session& m_session;
    QLabel* m_label;
    QLineEdit* m_reason;
    QPushButton* m_button;
    QString m_problem; ///< why the last arming was refused (translated)
};

} // namespace Ops
