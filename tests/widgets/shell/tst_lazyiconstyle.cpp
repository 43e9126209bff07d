// LazyIconStyle: the window's menu bar is built without loading an image format plugin, and each
// standard icon, once drawn, is exactly the platform style's own.
#include "widgets/shell/lazyiconstyle.h"

#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <link.h>

using namespace Ops;

namespace {

/// The image format plugins (Qt SVG, JPEG, GIF, …) mapped into this process.
QStringList loadedImageFormatPlugins()
{
    QStringList found;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            const QString path = QString::fromLocal8Bit(info->dlpi_name);
            if (path.contains(QLatin1String("/imageformats/")))
                static_cast<QStringList*>(data)->append(path);
            return 0;
        },
        &found);
    return found;
}

QImage imageOf(const QIcon& icon, int size)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestLazyIconStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(new LazyIconStyle); }

    // First, before anything in this process has read an image.
    void menuBarIsBuiltWithoutImageFormatPlugins()
    {
        QVERIFY2(loadedImageFormatPlugins().isEmpty(), qPrintable(loadedImageFormatPlugins().join(u' ')));
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("File"))->addAction(QStringLiteral("Quit"));
        window.menuBar()->addMenu(QStringLiteral("View"));
        QVERIFY2(loadedImageFormatPlugins().isEmpty(), qPrintable(loadedImageFormatPlugins().join(u' ')));

        // Drawn, the extension arrow is the platform style's: made then, from its PNG file, which is
        // when Qt loads the plugins (so the checks above can fail).
        auto* extension = window.menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(extension);
        const QImage drawn = imageOf(extension->icon(), 16);
        auto* proxy = qobject_cast<QProxyStyle*>(QApplication::style());
        QVERIFY(proxy);
        QCOMPARE(drawn,
                 imageOf(proxy->baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton), 16));
        QVERIFY(!drawn.isNull());
        QVERIFY(!loadedImageFormatPlugins().isEmpty());
    }

    void everyStandardIconIsTheBaseStyles()
    {
        auto* proxy = qobject_cast<QProxyStyle*>(QApplication::style());
        QVERIFY(proxy);
        QStyle* base = proxy->baseStyle();
        int drawnIcons = 0;
        for (int sp = int(QStyle::SP_TitleBarMenuButton); sp <= int(QStyle::SP_LineEditClearButton); ++sp) {
            const auto which = QStyle::StandardPixmap(sp);
            const QIcon lazy = proxy->standardIcon(which);
            const QIcon own = base->standardIcon(which);
            QCOMPARE(lazy.isNull(), own.isNull());
            if (own.isNull())
                continue;
            QCOMPARE(lazy.availableSizes(), own.availableSizes());
            for (int size : {16, 24, 32}) {
                QCOMPARE(lazy.actualSize(QSize(size, size)), own.actualSize(QSize(size, size)));
                QCOMPARE(imageOf(lazy, size), imageOf(own, size));
            }
            // A copy (QIcon detaches through clone()) draws the same.
            QIcon copy = lazy;
            copy.detach();
            QCOMPARE(imageOf(copy, 16), imageOf(own, 16));
            ++drawnIcons;
        }
        QVERIFY2(drawnIcons > 40, qPrintable(QString::number(drawnIcons)));
    }

    void aRequestWithAnOptionIsAnsweredAtOnce()
    {
        QStyleOption option;
        option.direction = Qt::RightToLeft;
        const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_ArrowBack, &option);
        auto* proxy = qobject_cast<QProxyStyle*>(QApplication::style());
        QCOMPARE(imageOf(icon, 16),
                 imageOf(proxy->baseStyle()->standardIcon(QStyle::SP_ArrowBack, &option), 16));
    }
};

QTEST_MAIN(TestLazyIconStyle)
#include "tst_lazyiconstyle.moc"
