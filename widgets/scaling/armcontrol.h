#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ops {

class OperationsCenter;

/// Production safety in a page header: a production profile is read-only until the operator arms it;
/// arming expires (OperationsCenter::armDuration) and the time left is shown as a countdown.
class ArmControl final : public QWidget
{
    Q_OBJECT

public:
    explicit ArmControl(OperationsCenter& ops, QWidget* parent = nullptr);

    QPushButton* button() const { return m_button; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    OperationsCenter& m_ops;
    QLabel* m_label;
    QPushButton* m_button;
};

} // namespace Ops
