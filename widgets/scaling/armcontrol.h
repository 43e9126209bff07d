#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ops {

class Session;

/// Production safety in a page header: a production profile is read-only until the operator arms it;
/// arming expires (Session::armDuration) and the time left is shown as a countdown.
class ArmControl final : public QWidget
{
    Q_OBJECT

public:
    explicit ArmControl(Session& ops, QWidget* parent = nullptr);

    QPushButton* button() const { return m_button; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Session& m_session;
    QLabel* m_label;
    QPushButton* m_button;
};

} // namespace Ops
