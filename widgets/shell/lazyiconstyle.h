#pragma once

#include <QProxyStyle>

namespace Ops {

/// The platform's style, with its standard icons made when first drawn rather than when asked for.
///
/// Widgets ask for standard icons they may never show: QMenuBar's constructor asks for the extension
/// arrow it draws only when the menus do not fit. Qt's styles make such an icon from a PNG file, and
/// reading it (QImageReader::format()) loads every image format plugin there is (Qt SVG, libjpeg, …):
/// milliseconds spent before the window's first frame, for an arrow nobody sees. Here each standard
/// icon is an engine that asks the platform's style the first time the icon is drawn, measured or
/// tested, and from then on behaves exactly as that icon.
class LazyIconStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    /// Wraps a new instance of the style called `key` (QStyleFactory), or the default one if empty.
    explicit LazyIconStyle(const QString& key = {});

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace Ops
