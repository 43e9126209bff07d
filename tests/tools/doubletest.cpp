#include "doubletest.h"

#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace DoubleTest {

QString adminUrl()
{
    QString url = qEnvironmentVariable("OPSCONSOLE_SIM_ADMIN_URL");
    if (url.isEmpty()) {
        QFile f(TestEnv::stateDir() + u"/sim/admin.url"_s);
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (url.isEmpty()) {
        QUrl api(TestEnv::apiUrl());
        api.setPort(api.port() + 1);
        url = api.toString();
    }
    return url;
}

QString dockerPath()
{
    return TestEnv::stateDir() + u"/bin/docker"_s;
}

bool setScenario(const QString& name)
{
    const ToolsTest::HttpResult r = ToolsTest::http(adminUrl() + u"/admin/scenario"_s, "name=" + name.toUtf8(), true);
    return r.status == 200;
}

RunResult docker(const QStringList& args, const QMap<QString, QString>& extraEnv, const QByteArray& stdinData,
                 int timeoutMs)
{
    QMap<QString, QString> env{{u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s}, {u"HOME"_s, QDir::homePath()}};
    env.insert(extraEnv);
    return ToolsTest::run(dockerPath(), args, stdinData, timeoutMs, env);
}

} // namespace DoubleTest
