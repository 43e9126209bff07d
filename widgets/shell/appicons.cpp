#include "widgets/shell/appicons.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QImageReader>
#include <QPixmap>

namespace Ops::AppIcons {

namespace {
/// `name` at `sizes` (and twice each on a high-DPI screen), as rendered by tools/iconrender at the sizes
/// widgets/CMakeLists.txt lists. Each file is decoded at once: only the sizes shown are
/// added (QIcon scales the nearest for any other), and each icon is made once per run.
QIcon fromSizes(const QString& name, std::initializer_list<int> sizes)
{
    static QHash<QString, QIcon> made;
    if (made.isEmpty()) // pixmaps go before the application does
        qAddPostRoutine([] { made.clear(); });
    if (const auto it = made.constFind(name); it != made.cend())
        return *it;
    const bool hiDpi = qGuiApp && qGuiApp->devicePixelRatio() > 1.0;
    QList<int> wanted;
    for (int size : sizes) {
        wanted << size;
        if (hiDpi)
            wanted << 2 * size;
    }
    QIcon icon;
    for (int size : std::as_const(wanted)) {
        // Read as what they are: QIcon::addFile() (and QPixmap, QImage) first ask every image format
        // plugin whether it knows the file, and the first time loads them all to ask.
        QImageReader reader(QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
    made.insert(name, icon);
    return icon;
}
} // namespace

QIcon console()
{
    return fromSizes(QStringLiteral("opsconsole"), {16, 32, 64});
}

QIcon page(PageId page)
{
    return fromSizes(pageKey(page), {16, 20});
}

} // namespace Ops::AppIcons
