// The light theme's pieces, without a style sheet: a group box's title in semi-bold while what it holds
// keeps the page's weight (the dashboard's alerts table and scaling signals were drawn bold), a label's
// colour and weight, a notice label's box, a card's band.
#include "widgets/shell/noticelabel.h"
#include "widgets/shell/theme.h"

#include <QGroupBox>
#include <QImage>
#include <QPainter>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Ops;

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupBoxTitleIsSemiBoldAndItsContentIsNot()
    {
        QWidget page;
        auto* box = new QGroupBox(QStringLiteral("Alerts"), &page);
        auto* table = new QTableWidget(2, 2, box);
        auto* inner = new QVBoxLayout(box);
        inner->addWidget(table);
        Theme::stylePage(&page);
        QCOMPARE(box->font().weight(), QFont::DemiBold);
        QCOMPARE(table->font().weight(), QFont::Normal);
        QCOMPARE(table->viewport()->font().weight(), QFont::Normal); // what draws the cells
    }

    void textLookSetsColourWeightAndSize()
    {
        QWidget parent;
        auto* label = new QLabel(QStringLiteral("OK"), &parent);
        Theme::setTextLook(label, QColor(0x27, 0xae, 0x60), QFont::DemiBold, 16);
        QCOMPARE(label->palette().color(QPalette::WindowText), QColor(0x27, 0xae, 0x60));
        QCOMPARE(label->font().weight(), QFont::DemiBold);
        QCOMPARE(label->font().pointSizeF(), 16.0);
        QVERIFY(label->styleSheet().isEmpty());
        // Back to the parent's colour.
        Theme::setTextLook(label, QColor());
        QCOMPARE(label->palette().color(QPalette::WindowText), parent.palette().color(QPalette::WindowText));
        QCOMPARE(label->font().weight(), QFont::Normal);
    }

    void noticeLabelPaintsItsBoxBehindItsText()
    {
        NoticeLabel notice;
        notice.setLook({Qt::black, QColor(0xff, 0xf4, 0xd6), QColor(0xf0, 0xd4, 0x8a), 3, 6});
        notice.setText(QStringLiteral("Prometheus is unreachable"));
        notice.resize(300, 40);
        QImage image(notice.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        notice.render(&image);
        QCOMPARE(image.pixelColor(150, 3), QColor(0xff, 0xf4, 0xd6)); // inside the box, above the text
        QCOMPARE(image.pixelColor(150, 0), QColor(0xf0, 0xd4, 0x8a)); // its border
        QCOMPARE(notice.contentsMargins(), QMargins(6, 6, 6, 6));     // the padding
    }

    void cardHasItsBandOnTheLeft()
    {
        QImage image(100, 60, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        Theme::paintCard(painter, image.rect(), 4, Qt::white, QColor(0xd0, 0xd7, 0xde), Qt::red, 6);
        painter.end();
        QCOMPARE(image.pixelColor(3, 30), QColor(Qt::red));
        QCOMPARE(image.pixelColor(50, 30), QColor(Qt::white));
        QCOMPARE(image.pixelColor(50, 0), QColor(0xd0, 0xd7, 0xde));
        QCOMPARE(image.pixelColor(0, 0).alpha() < 255, true); // a rounded corner
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
