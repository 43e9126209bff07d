#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Ops {

/// The banner a page shows when a killed console left a procedure unfinished (the rollback wizard's
/// pattern): what was saved in words, and the operator's two ways out. The texts are the page's.
class ResumeBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ResumeBanner(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    void setButtonTexts(const QString& resume, const QString& other);
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* otherButton() const { return m_other; }

Q_SIGNALS:
    void resumeClicked();
    void otherClicked();

private:
    QLabel* m_text;
    QPushButton* m_resume;
    QPushButton* m_other;
};

} // namespace Ops
