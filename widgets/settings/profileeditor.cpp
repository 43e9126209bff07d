#include "widgets/settings/profileeditor.h"
#include "widgets/shell/theme.h"

#include "models/core/hostaddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ops {

namespace {
QFormLayout* formIn(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QSpinBox* portBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, 65535);
    return box;
}
} // namespace

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_general(new QGroupBox(this))
    , m_endpoints(new QGroupBox(this))
    , m_postgres(new QGroupBox(this))
    , m_redis(new QGroupBox(this))
    , m_orchestrator(new QGroupBox(this))
    , m_operations(new QGroupBox(this))
    , m_secrets(new QGroupBox(this))
    , m_issues(new QLabel(this))
{
    QFormLayout* general = formIn(m_general);
    m_name = addLine(general, QStringLiteral("name"));
    m_production = new QCheckBox(m_general);
    general->addRow(m_production);
    m_fields.insert(QStringLiteral("production"), m_production);

    QFormLayout* endpoints = formIn(m_endpoints);
    m_api = addLine(endpoints, QStringLiteral("apiBaseUrl"));
    m_caFile = addLine(endpoints, QStringLiteral("caCertificateFile"));
    m_clientCertFile = addLine(endpoints, QStringLiteral("clientCertificateFile"));
    m_clientKeyFile = addLine(endpoints, QStringLiteral("clientKeyFile"));
    m_prometheus = addLine(endpoints, QStringLiteral("prometheusUrl"));
    m_grafana = addLine(endpoints, QStringLiteral("grafanaUrl"));
    m_alertmanager = addLine(endpoints, QStringLiteral("alertmanagerUrl"));

    QFormLayout* pg = formIn(m_postgres);
    m_pgHost = addLine(pg, QStringLiteral("postgres.host"));
    m_pgPort = portBox(m_postgres);
    m_labels.insert(QStringLiteral("postgres.port"), new QLabel(m_postgres));
    pg->addRow(m_labels.value(QStringLiteral("postgres.port")), m_pgPort);
    m_fields.insert(QStringLiteral("postgres.port"), m_pgPort);
    m_pgDatabase = addLine(pg, QStringLiteral("postgres.database"));
    m_pgRecordsDatabase = addLine(pg, QStringLiteral("postgres.recordsDatabase"));
    m_pgUser = addLine(pg, QStringLiteral("postgres.user"));
    m_pgSslMode = new QComboBox(m_postgres);
    m_pgSslMode->addItems({QStringLiteral("auto"), QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_labels.insert(QStringLiteral("postgres.sslmode"), new QLabel(m_postgres));
    pg->addRow(m_labels.value(QStringLiteral("postgres.sslmode")), m_pgSslMode);
    m_fields.insert(QStringLiteral("postgres.sslmode"), m_pgSslMode);

    QFormLayout* redis = formIn(m_redis);
    m_redisHost = addLine(redis, QStringLiteral("redis.host"));
    m_redisPort = portBox(m_redis);
    m_labels.insert(QStringLiteral("redis.port"), new QLabel(m_redis));
    redis->addRow(m_labels.value(QStringLiteral("redis.port")), m_redisPort);
    m_fields.insert(QStringLiteral("redis.port"), m_redisPort);
    m_redisPlaintext = new QCheckBox(m_redis);
    m_redisPlaintext->setObjectName(QStringLiteral("redis.allowPlaintextAuth"));
    redis->addRow(m_redisPlaintext);
    m_fields.insert(QStringLiteral("redis.allowPlaintextAuth"), m_redisPlaintext);
    m_redisPlaintextWarning = new QLabel(m_redis);
    m_redisPlaintextWarning->setWordWrap(true);
    Theme::setTextLook(m_redisPlaintextWarning, QColor(0xb3, 0x26, 0x1e));
    redis->addRow(m_redisPlaintextWarning);

    QFormLayout* orch = formIn(m_orchestrator);
    m_kind = new QComboBox(m_orchestrator);
    m_kind->addItem(QString(), QStringLiteral("compose"));
    m_kind->addItem(QString(), QStringLiteral("kubernetes"));
    m_labels.insert(QStringLiteral("orchestrator.kind"), new QLabel(m_orchestrator));
    orch->addRow(m_labels.value(QStringLiteral("orchestrator.kind")), m_kind);
    m_composeCommand = new QComboBox(m_orchestrator);
    m_composeCommand->addItems({QStringLiteral("docker compose"), QStringLiteral("docker-compose")});
    m_labels.insert(QStringLiteral("orchestrator.composeCommand"), new QLabel(m_orchestrator));
    orch->addRow(m_labels.value(QStringLiteral("orchestrator.composeCommand")), m_composeCommand);
    m_fields.insert(QStringLiteral("orchestrator.composeCommand"), m_composeCommand);
    m_composeDetected = new QLabel(m_orchestrator);
    m_composeDetected->setObjectName(QStringLiteral("composeDetected"));
    m_labels.insert(QStringLiteral("orchestrator.composeDetected"), new QLabel(m_orchestrator));
    orch->addRow(m_labels.value(QStringLiteral("orchestrator.composeDetected")), m_composeDetected);
    m_program = addLine(orch, QStringLiteral("orchestrator.program"));
    m_composeFile = addLine(orch, QStringLiteral("orchestrator.composeFile"));
    m_projectName = addLine(orch, QStringLiteral("orchestrator.projectName"));
    m_projectDir = addLine(orch, QStringLiteral("orchestrator.projectDirectory"));
    m_dockerHost = addLine(orch, QStringLiteral("orchestrator.dockerHost"));
    m_kubectl = addLine(orch, QStringLiteral("orchestrator.kubectlProgram"));
    m_kubeContext = addLine(orch, QStringLiteral("orchestrator.kubeContext"));
    m_kubeNamespace = addLine(orch, QStringLiteral("orchestrator.kubeNamespace"));

    QFormLayout* ops = formIn(m_operations);
    m_backups = addLine(ops, QStringLiteral("backupsDirectory"));
    m_smokeTest = addLine(ops, QStringLiteral("smokeTestCommand"));
    m_queues = addLine(ops, QStringLiteral("celeryQueues"));

    QFormLayout* secrets = formIn(m_secrets);
    m_pgPassword = addLine(secrets, QStringLiteral("secret.postgres"));
    m_redisPassword = addLine(secrets, QStringLiteral("secret.redis"));
    m_apiToken = addLine(secrets, QStringLiteral("secret.api"));
    m_promToken = addLine(secrets, QStringLiteral("secret.prometheus"));
    for (QLineEdit* e : {m_pgPassword, m_redisPassword, m_apiToken, m_promToken})
        e->setEchoMode(QLineEdit::Password);

    m_issues->setObjectName(QStringLiteral("profileIssues"));
    m_issues->setWordWrap(true);
    Theme::setTextLook(m_issues, QColor(0xb3, 0x26, 0x1e));
    m_issues->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_issues);
    for (QGroupBox* box : {m_general, m_endpoints, m_postgres, m_redis, m_orchestrator, m_operations, m_secrets})
        layout->addWidget(box);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateOrchestratorFields);
    for (auto* w : findChildren<QLineEdit*>())
        connect(w, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    for (auto* w : findChildren<QComboBox*>())
        connect(w, &QComboBox::activated, this, &ProfileEditor::edited);
    for (auto* w : findChildren<QSpinBox*>())
        connect(w, &QSpinBox::valueChanged, this, &ProfileEditor::edited);
    connect(m_production, &QCheckBox::toggled, this, &ProfileEditor::edited);
    connect(m_redisPlaintext, &QCheckBox::toggled, this, &ProfileEditor::edited);
    connect(m_redisPlaintext, &QCheckBox::toggled, this, &ProfileEditor::updateRedisWarning);
    connect(m_redisHost, &QLineEdit::textChanged, this, &ProfileEditor::updateRedisWarning);

    retranslateUi();
    setProfile(ConnectionProfile());
}

QLineEdit* ProfileEditor::addLine(QFormLayout* form, const QString& field)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(field);
    auto* label = new QLabel(form->parentWidget());
    label->setBuddy(edit);
    form->addRow(label, edit);
    m_fields.insert(field, edit);
    m_labels.insert(field, label);
    return edit;
}

void ProfileEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslateUi()
{
    m_general->setTitle(tr("Profile", "settings, profile editor: group box title"));
    m_endpoints->setTitle(tr("Endpoints", "settings, profile editor: group box title"));
    m_postgres->setTitle(tr("PostgreSQL", "settings, profile editor: group box title"));
    m_redis->setTitle(tr("Redis (Celery broker)", "settings, profile editor: group box title"));
    m_orchestrator->setTitle(tr("Orchestrator", "settings, profile editor: group box title"));
    m_operations->setTitle(tr("Operations", "settings, profile editor: group box title"));
    m_secrets->setTitle(tr("Secrets (stored in the system keychain only)"));
    m_production->setText(tr("Production stack: open read-only, actions must be armed"));

    const auto label = [this](const char* field, const QString& text) {
        if (QLabel* l = m_labels.value(QLatin1String(field)))
            l->setText(text);
    };
    label("name", tr("Name:", "settings, profile editor: form label"));
    label("apiBaseUrl", tr("API base URL:", "settings, profile editor: form label"));
    label("caCertificateFile", tr("Extra CA certificate (PEM):"));
    label("clientCertificateFile", tr("Client certificate (PEM, optional):"));
    label("clientKeyFile", tr("Client key (PEM, optional):"));
    label("prometheusUrl", tr("Prometheus URL:", "settings, profile editor: form label"));
    label("grafanaUrl", tr("Grafana URL:", "settings, profile editor: form label"));
    label("alertmanagerUrl", tr("Alertmanager URL:", "settings, profile editor: form label"));
    label("postgres.host", tr("Host:", "settings, profile editor: form label"));
    label("postgres.port", tr("Port:", "settings, profile editor: form label"));
    label("postgres.database", tr("Database:", "settings, profile editor: form label"));
    label("postgres.recordsDatabase", tr("Console records database:", "settings, profile editor: form label"));
    label("postgres.user", tr("User:", "settings, profile editor: form label"));
    label("postgres.sslmode", tr("SSL mode:", "settings, profile editor: form label"));
    label("redis.host", tr("Host:", "settings, profile editor: form label"));
    label("redis.port", tr("Port:", "settings, profile editor: form label"));
    label("orchestrator.kind", tr("Kind:", "settings, profile editor: form label"));
    label("orchestrator.composeCommand", tr("Compose command:", "settings, profile editor: form label"));
    label("orchestrator.composeDetected", tr("Detected:", "settings, profile editor: form label (which Compose the program is)"));
    label("orchestrator.program", tr("Program (absolute path):", "settings, profile editor: form label"));
    label("orchestrator.composeFile", tr("Compose file:", "settings, profile editor: form label"));
    label("orchestrator.projectName", tr("Project name:", "settings, profile editor: form label"));
    label("orchestrator.projectDirectory", tr("Project folder:", "settings, profile editor: form label"));
    label("orchestrator.dockerHost", tr("DOCKER_HOST:", "settings, profile editor: form label"));
    label("orchestrator.kubectlProgram", tr("kubectl (absolute path):", "settings, profile editor: form label"));
    label("orchestrator.kubeContext", tr("Kubernetes context:", "settings, profile editor: form label"));
    label("orchestrator.kubeNamespace", tr("Namespace:", "settings, profile editor: form label"));
    label("backupsDirectory", tr("Backups folder:", "settings, profile editor: form label"));
    label("smokeTestCommand", tr("Smoke test command:", "settings, profile editor: form label"));
    label("celeryQueues", tr("Celery queues:", "settings, profile editor: form label"));
    label("secret.postgres", tr("PostgreSQL password:", "settings, profile editor: form label"));
    label("secret.redis", tr("Redis password:", "settings, profile editor: form label"));
    label("secret.api", tr("API token:", "settings, profile editor: form label"));
    label("secret.prometheus", tr("Prometheus token:", "settings, profile editor: form label"));
    m_redisPlaintext->setText(tr("Send the Redis password without TLS to a host that is not this machine"));
    m_pgSslMode->setToolTip(tr("auto: prefer on this machine (localhost), verify-full for any other host. A password "
                               "goes to another host only with require, verify-ca or verify-full."));
    updateRedisWarning();
    m_kind->setItemText(0, tr("Docker Compose", "settings, profile editor: choice in a drop-down list"));
    m_kind->setItemText(1, tr("Kubernetes", "settings, profile editor: choice in a drop-down list"));
    m_queues->setPlaceholderText(tr("comma-separated, e.g. celery, llm, rl"));
    m_program->setPlaceholderText(QStringLiteral("/usr/bin/docker"));
    m_dockerHost->setPlaceholderText(tr("empty for the local engine, or ssh://ops@host"));
    m_smokeTest->setPlaceholderText(QStringLiteral("./scripts/smoke_test.sh"));
    for (QLineEdit* e : {m_pgPassword, m_redisPassword, m_apiToken, m_promToken})
        e->setPlaceholderText(tr("unchanged", "settings, profile editor: placeholder text in an empty field"));
}

void ProfileEditor::updateRedisWarning()
{
    // Said where the choice is made: hiredis has no TLS, so anyone on the path reads this password.
    const bool shown = m_redisPlaintext->isChecked() && !isLoopbackHost(m_redisHost->text());
    m_redisPlaintextWarning->setText(
        shown ? tr("Warning: the Redis password crosses the network in clear to %1. Allow it only over a network "
                   "you trust (a VPN or an SSH tunnel is better).")
                    .arg(m_redisHost->text().trimmed())
              : QString());
    m_redisPlaintextWarning->setVisible(shown);
}

void ProfileEditor::updateOrchestratorFields()
{
    const bool kube = m_kind->currentData().toString() == QLatin1String("kubernetes");
    for (const char* f : {"orchestrator.composeCommand", "orchestrator.program", "orchestrator.composeFile",
                          "orchestrator.projectName", "orchestrator.projectDirectory", "orchestrator.dockerHost"}) {
        m_fields.value(QLatin1String(f))->setEnabled(!kube);
    }
    for (const char* f : {"orchestrator.kubectlProgram", "orchestrator.kubeContext", "orchestrator.kubeNamespace"})
        m_fields.value(QLatin1String(f))->setEnabled(kube);
}

void ProfileEditor::setComposeDetection(const QString& text, bool problem)
{
    m_composeDetected->setText(text);
    Theme::setTextLook(m_composeDetected, problem ? QColor(0x8a, 0x5a, 0x00) : QColor());
    const bool shown = !text.isEmpty() && m_kind->currentData().toString() != QLatin1String("kubernetes");
    m_composeDetected->setVisible(shown);
    m_labels.value(QStringLiteral("orchestrator.composeDetected"))->setVisible(shown);
}

void ProfileEditor::setProfile(const ConnectionProfile& p)
{
    setComposeDetection(QString());
    m_loaded = p;
    m_name->setText(p.name);
    m_production->setChecked(p.production);
    m_api->setText(p.apiBaseUrl);
    m_caFile->setText(p.caCertificateFile);
    m_clientCertFile->setText(p.clientCertificateFile);
    m_clientKeyFile->setText(p.clientKeyFile);
    m_prometheus->setText(p.prometheusUrl);
    m_grafana->setText(p.grafanaUrl);
    m_alertmanager->setText(p.alertmanagerUrl);
    m_pgHost->setText(p.pgHost);
    m_pgPort->setValue(p.pgPort);
    m_pgDatabase->setText(p.pgDatabase);
    m_pgRecordsDatabase->setText(p.pgRecordsDatabase);
    m_pgUser->setText(p.pgUser);
    m_pgSslMode->setCurrentText(p.pgSslMode);
    m_redisHost->setText(p.redisHost);
    m_redisPort->setValue(p.redisPort);
    m_redisPlaintext->setChecked(p.redisAllowPlaintextAuth);
    const auto& o = p.orchestrator;
    m_kind->setCurrentIndex(o.isKubernetes() ? 1 : 0);
    m_composeCommand->setCurrentText(o.composeCommand);
    m_program->setText(o.program);
    m_composeFile->setText(o.composeFile);
    m_projectName->setText(o.projectName);
    m_projectDir->setText(o.projectDirectory);
    m_dockerHost->setText(o.dockerHost);
    m_kubectl->setText(o.kubectlProgram);
    m_kubeContext->setText(o.kubeContext);
    m_kubeNamespace->setText(o.kubeNamespace);
    m_backups->setText(p.backupsDirectory);
    m_smokeTest->setText(p.smokeTestCommand);
    m_queues->setText(p.celeryQueues.join(QStringLiteral(", ")));
    clearSecrets();
    showIssues({});
    updateOrchestratorFields();
}

ConnectionProfile ProfileEditor::profile() const
{
    // Starts from the profile shown: its id and the fields this form does not edit stay as they were.
    ConnectionProfile p = m_loaded;
    p.name = m_name->text().trimmed();
    p.production = m_production->isChecked();
    p.apiBaseUrl = m_api->text().trimmed();
    p.caCertificateFile = m_caFile->text().trimmed();
    p.clientCertificateFile = m_clientCertFile->text().trimmed();
    p.clientKeyFile = m_clientKeyFile->text().trimmed();
    p.prometheusUrl = m_prometheus->text().trimmed();
    p.grafanaUrl = m_grafana->text().trimmed();
    p.alertmanagerUrl = m_alertmanager->text().trimmed();
    p.pgHost = m_pgHost->text().trimmed();
    p.pgPort = m_pgPort->value();
    p.pgDatabase = m_pgDatabase->text().trimmed();
    p.pgRecordsDatabase = m_pgRecordsDatabase->text().trimmed();
    p.pgUser = m_pgUser->text().trimmed();
    p.pgSslMode = m_pgSslMode->currentText();
    p.redisHost = m_redisHost->text().trimmed();
    p.redisPort = m_redisPort->value();
    p.redisAllowPlaintextAuth = m_redisPlaintext->isChecked();
    auto& o = p.orchestrator;
    o.kind = m_kind->currentIndex() == 1 ? OrchestratorSettings::Kind::Kubernetes : OrchestratorSettings::Kind::Compose;
    o.composeCommand = m_composeCommand->currentText();
    o.program = m_program->text().trimmed();
    o.composeFile = m_composeFile->text().trimmed();
    o.projectName = m_projectName->text().trimmed();
    o.projectDirectory = m_projectDir->text().trimmed();
    o.dockerHost = m_dockerHost->text().trimmed();
    o.kubectlProgram = m_kubectl->text().trimmed();
    o.kubeContext = m_kubeContext->text().trimmed();
    o.kubeNamespace = m_kubeNamespace->text().trimmed();
    p.backupsDirectory = m_backups->text().trimmed();
    p.smokeTestCommand = m_smokeTest->text().trimmed();
    p.celeryQueues.clear();
    for (const QString& q : m_queues->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.celeryQueues << q.trimmed();
    return p;
}

void ProfileEditor::showIssues(const QList<ProfileIssue>& issues)
{
    for (QWidget* w : std::as_const(m_fields))
        w->setStyleSheet(QString());
    QStringList lines;
    for (const ProfileIssue& issue : issues) {
        if (QWidget* w = m_fields.value(issue.field))
            w->setStyleSheet(QStringLiteral("border: 2px solid #b3261e;"));
        lines << QStringLiteral("• ") + issue.message;
    }
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
}

QMap<ConnectionProfile::Secret, QString> ProfileEditor::typedSecrets() const
{
    QMap<ConnectionProfile::Secret, QString> out;
    const auto add = [&](ConnectionProfile::Secret s, QLineEdit* e) {
        if (!e->text().isEmpty())
            out.insert(s, e->text());
    };
    add(ConnectionProfile::Secret::PostgresPassword, m_pgPassword);
    add(ConnectionProfile::Secret::RedisPassword, m_redisPassword);
    add(ConnectionProfile::Secret::ApiToken, m_apiToken);
    add(ConnectionProfile::Secret::PrometheusToken, m_promToken);
    return out;
}

void ProfileEditor::clearSecrets()
{
    for (QLineEdit* e : {m_pgPassword, m_redisPassword, m_apiToken, m_promToken})
        e->clear();
}

} // namespace Ops
