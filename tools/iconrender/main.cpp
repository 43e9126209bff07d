// opsconsole-iconrender: renders the console's SVG icons (resources/icons) to PNG files at the sizes the
// console shows them, at build time. The console embeds the PNGs: it then loads no SVG plugin and
// renders no SVG before its first frame (widgets/shell/appicons.h).
//
//   opsconsole-iconrender OUTDIR SIZE[,SIZE...] FILE.svg...
//
// writes OUTDIR/<name>-<size>.png for each file and size; fails (exit 1) on an SVG it cannot read.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    // Painting on an image needs no display, and the icons have no text (no fonts).
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        err << "usage: opsconsole-iconrender OUTDIR SIZE[,SIZE...] FILE.svg...\n";
        return 2;
    }
    const QDir out(args.at(1));
    if (!out.mkpath(QStringLiteral(".")))
        return err << "cannot create " << out.path() << '\n', 1;
    QList<int> sizes;
    for (const QString& s : args.at(2).split(QLatin1Char(','))) {
        bool ok = false;
        const int size = s.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return err << "not a size: " << s << '\n', 2;
        sizes << size;
    }
    for (const QString& file : args.mid(3)) {
        QSvgRenderer svg(file);
        if (!svg.isValid())
            return err << "not a readable SVG: " << file << '\n', 1;
        const QString name = QFileInfo(file).completeBaseName();
        for (int size : sizes) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
            painter.end();
            const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(name).arg(size));
            if (!image.save(path, "PNG"))
                return err << "cannot write " << path << '\n', 1;
        }
    }
    return 0;
}
