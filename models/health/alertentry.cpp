#include "models/health/alertentry.h"

#include <QCoreApplication>

namespace Ops {

QString AlertEntry::key() const
{
    return QString::number(int(origin)) + QLatin1Char('|') + name + QLatin1Char('|') + subject;
}

QString alertStateText(AlertEntry::State state)
{
    switch (state) {
    case AlertEntry::State::Pending: return QCoreApplication::translate("Ops::AlertEntry", "Pending", "alert state");
    case AlertEntry::State::Firing: return QCoreApplication::translate("Ops::AlertEntry", "Firing", "alert state");
    case AlertEntry::State::Resolved: return QCoreApplication::translate("Ops::AlertEntry", "Resolved", "alert state");
    }
    return {};
}

} // namespace Ops
