#include "widgets/shell/lazyiconstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>

namespace Ops {

namespace {

/// Forwards everything to the style's own icon, made on first use (with the widget it was asked for,
/// if that still exists).
class LazyStandardIconEngine final : public QIconEngine
{
public:
    LazyStandardIconEngine(const QStyle* style, QStyle::StandardPixmap icon, const QWidget* widget)
        : m_style(const_cast<QStyle*>(style)), m_widget(widget), m_icon(icon)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        resolved().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return resolved().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().availableSizes(mode, state);
    }
    bool isNull() override { return resolved().isNull(); }
    QString key() const override { return QStringLiteral("opsconsole.lazystandard"); }
    QIconEngine* clone() const override
    {
        auto* copy = new LazyStandardIconEngine(m_style, m_icon, m_widget);
        copy->m_resolved = m_resolved;
        copy->m_done = m_done;
        return copy;
    }

private:
    const QIcon& resolved()
    {
        if (!m_done) {
            m_done = true;
            // The base style itself: asking the proxy again would return another lazy icon.
            if (auto* proxy = qobject_cast<QProxyStyle*>(m_style.data()))
                m_resolved = proxy->baseStyle()->standardIcon(m_icon, nullptr, m_widget);
            else if (m_style)
                m_resolved = m_style->standardIcon(m_icon, nullptr, m_widget);
        }
        return m_resolved;
    }

    QPointer<QStyle> m_style;
    QPointer<const QWidget> m_widget;
    QStyle::StandardPixmap m_icon;
    QIcon m_resolved;
    bool m_done = false;
};

} // namespace

LazyIconStyle::LazyIconStyle(const QString& key) : QProxyStyle(key) {}

QIcon LazyIconStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                  const QWidget* widget) const
{
    // An option (a direction, a state) is only valid during the call: such a request is answered at once.
    if (option)
        return QProxyStyle::standardIcon(icon, option, widget);
    return QIcon(new LazyStandardIconEngine(this, icon, widget));
}

} // namespace Ops
