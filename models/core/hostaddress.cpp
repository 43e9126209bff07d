#include "models/core/hostaddress.h"

#include <QHostAddress>

namespace Ops {

bool isLoopbackHost(const QString& host)
{
    QString h = host.trimmed();
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

} // namespace Ops
