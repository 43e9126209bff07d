#include "models/health/checkstep.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ops {

CheckVerdict checkVerdict(const QList<CheckStep>& steps)
{
    CheckVerdict v;
    if (steps.isEmpty()) {
        v.text = QCoreApplication::translate("Ops::CheckVerdict", "Nothing to check: the profile names no server.");
        return v;
    }
    Health worst = Health::Ok;
    QStringList attention;
    int waiting = 0;
    for (const CheckStep& s : steps) {
        const Health h = s.done ? s.result.health : Health::Unknown;
        worst = worstOf(worst, h);
        if (!s.done)
            ++waiting;
        else if (h != Health::Ok)
            attention << s.title;
    }
    v.health = worst;
    const int total = int(steps.size());
    if (waiting > 0)
        v.text = QCoreApplication::translate("Ops::CheckVerdict", "%n of %1 step(s) still waiting for an answer.", nullptr, waiting)
                     .arg(total);
    else if (attention.isEmpty())
        v.text = QCoreApplication::translate("Ops::CheckVerdict", "Verdict: healthy — all %n step(s) passed.", nullptr, total);
    else
        v.text = QCoreApplication::translate("Ops::CheckVerdict", "Verdict: needs attention — %n of %1 step(s) did not pass: %2.",
                                             nullptr, int(attention.size()))
                     .arg(total)
                     .arg(attention.join(QStringLiteral("; ")));
    return v;
}

} // namespace Ops
