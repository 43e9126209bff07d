#include "models/sources/source.h"

namespace Ops {

Source::Source(QString id, QObject* parent)
    : QObject(parent)
    , m_id(std::move(id))
{
    qRegisterMetaType<Ops::CheckResult>();
}

void Source::report(const CheckResult& result)
{
    const Health before = m_last.health;
    m_last = result;
    if (result.latencyMs >= 0 && result.checkedAt.isValid())
        m_lastAnswerAt = result.checkedAt;
    Q_EMIT checked(result);
    if (before != result.health)
        Q_EMIT healthChanged(result.health);
}

} // namespace Ops
