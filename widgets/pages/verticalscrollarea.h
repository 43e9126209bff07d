#pragma once

#include <QScrollArea>

namespace Ops {

/// A scroll area that scrolls up and down only, and is never narrower than what it holds needs: a
/// plain QScrollArea without a horizontal scroll bar cut off the right edge of a widget wider than
/// itself (the incident editor's buttons at 1280 px). Its layout gets that width from it.
class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace Ops
