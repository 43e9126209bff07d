#pragma once

#include <QColor>
#include <QLabel>

namespace Ops {

/// A label in a rounded box (a chart's "no data" message, a badge, a page's note): its colours, corner
/// and padding set in code and painted by the label, where a style sheet would put the label through
/// Qt's style-sheet style and keep that style's rules for it.
class NoticeLabel : public QLabel
{
    Q_OBJECT

public:
    struct Look
    {
        QColor text;
        QColor background;
        QColor border; ///< invalid: no border
        qreal radius = 3;
        int padding = 6;
    };

    explicit NoticeLabel(QWidget* parent = nullptr);
    void setLook(const Look& look);
    const Look& look() const { return m_look; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Look m_look;
};

} // namespace Ops
