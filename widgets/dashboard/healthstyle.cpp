#include "widgets/dashboard/healthstyle.h"

namespace Ops {

QColor healthColor(Health health)
{
    switch (health) {
    case Health::Ok: return QColor(0x2e, 0x7d, 0x32);
    case Health::Degraded: return QColor(0xe6, 0x8a, 0x00);
    case Health::Down: return QColor(0xc6, 0x28, 0x28);
    case Health::Stale: return QColor(0x8d, 0x6e, 0x63);
    case Health::NoData: return QColor(0x75, 0x75, 0x75);
    case Health::Unknown: return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

QString healthSymbol(Health health)
{
    switch (health) {
    case Health::Ok: return QStringLiteral("✔");
    case Health::Degraded: return QStringLiteral("▲");
    case Health::Down: return QStringLiteral("✖");
    case Health::Stale: return QStringLiteral("⌛");
    case Health::NoData: return QStringLiteral("∅");
    case Health::Unknown: return QStringLiteral("?");
    }
    return QStringLiteral("?");
}

} // namespace Ops
