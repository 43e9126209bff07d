#include "tests/common/tlstokenproxy.h"

#include "tests/common/stackcontrol.h"

#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

namespace {

// A test helper, not the GUI: waiting for a child here is fine.
bool run(const QString& program, const QStringList& args, QString* error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

QString upstream(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(80));
}

} // namespace

TlsTokenProxy::TlsTokenProxy(const QString& token, const QUrl& apiUpstream, const QUrl& prometheusUpstream)
    : m_token(token), m_api(apiUpstream), m_prometheus(prometheusUpstream)
{
}

TlsTokenProxy::~TlsTokenProxy()
{
    if (m_nginx) {
        m_nginx->terminate();
        if (!m_nginx->waitForFinished(5000))
            m_nginx->kill();
        m_nginx->waitForFinished(5000);
        delete m_nginx;
    }
}

QString TlsTokenProxy::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QUrl TlsTokenProxy::apiUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_apiPort));
}

QUrl TlsTokenProxy::prometheusUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/prometheus/").arg(m_prometheusPort));
}

bool TlsTokenProxy::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString d = m_dir.path();
    const QString openssl = QStringLiteral("openssl");
    // A CA, and a server certificate for 127.0.0.1 signed by it.
    if (!run(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=opsconsole test CA"), QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"),
                       QStringLiteral("-out"), d + QStringLiteral("/ca.pem")},
             error))
        return false;
    if (!run(openssl, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                       d + QStringLiteral("/server.key"), QStringLiteral("-out"), d + QStringLiteral("/server.csr")},
             error))
        return false;
    QFile ext(d + QStringLiteral("/ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=IP:127.0.0.1\n") < 0) {
        *error = QStringLiteral("cannot write ext.cnf");
        return false;
    }
    ext.close();
    if (!run(openssl, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/server.csr"),
                       QStringLiteral("-CA"), d + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                       d + QStringLiteral("/ext.cnf"), QStringLiteral("-out"), d + QStringLiteral("/server.pem")},
             error))
        return false;

    m_apiPort = StackControl::freeTcpPort();
    m_prometheusPort = StackControl::freeTcpPort();
    while (m_prometheusPort == m_apiPort)
        m_prometheusPort = StackControl::freeTcpPort();
    const QString tls = QStringLiteral("ssl_certificate %1/server.pem; ssl_certificate_key %1/server.key;").arg(d);
    const QString guard = QStringLiteral("if ($http_authorization != \"Bearer %1\") { return 401; }").arg(m_token);
    const QString conf = QStringLiteral(
        "daemon off; master_process off; pid %1/nginx.pid; error_log %1/error.log;\n"
        "events { worker_connections 64; }\n"
        "http {\n"
        "  access_log %1/access.log; client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
        "  fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
        "  server { listen 127.0.0.1:%2 ssl; %4\n"
        "    location / { %5 proxy_pass http://%6; } }\n"
        "  server { listen 127.0.0.1:%3 ssl; %4\n"
        "    location /prometheus/ { %5 proxy_pass http://%7/; } }\n"
        "}\n")
                             .arg(d)
                             .arg(m_apiPort)
                             .arg(m_prometheusPort)
                             .arg(tls, guard, upstream(m_api), upstream(m_prometheus));
    QFile file(d + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    file.close();
    m_nginx = new QProcess;
    m_nginx->setProcessChannelMode(QProcess::MergedChannels);
    m_nginx->start(QStringLiteral("/usr/sbin/nginx"),
                   {QStringLiteral("-p"), d, QStringLiteral("-c"), d + QStringLiteral("/nginx.conf")});
    const bool up = QTest::qWaitFor(
        [&] {
            if (m_nginx->state() == QProcess::NotRunning)
                return true;
            QTcpSocket a, b;
            a.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_apiPort));
            b.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_prometheusPort));
            return a.waitForConnected(200) && b.waitForConnected(200);
        },
        10000);
    if (!up || m_nginx->state() == QProcess::NotRunning) {
        QFile log(d + QStringLiteral("/error.log"));
        (void)log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("nginx did not start: %1 %2").arg(QString::fromUtf8(m_nginx->readAll()),
                                                                   QString::fromUtf8(log.readAll()));
        return false;
    }
    return true;
}
