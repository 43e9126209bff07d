#pragma once

#include <QDialog>

class QLabel;

namespace Ops {

/// Name, version, what the console is for, and the Qt it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_text;
};

} // namespace Ops
