#include "widgets/shell/mainwindow.h"

#include "widgets/shell/aboutdialog.h"
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/scaling/scalingpage.h"
#include "models/core/languagemanager.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/dashboard/healthstyle.h"
#include "models/health/alertsmodel.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/stackverdict.h"
#include "widgets/incidents/incidentspage.h"
#include "widgets/shell/pagefactory.h"
#include "widgets/shell/traynotifier.h"
#include "widgets/pages/page.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profilestore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Ops {

MainWindow::MainWindow(ConsoleContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_profileLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/opsconsole.svg")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildPages();
    buildMenus();
    buildStatusBar();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        AppSettings::lastPage().set(row);
    });
    connect(&m_context, &ConsoleContext::activeProfileChanged, this, &MainWindow::updateProfileIndicator);
    HealthMonitor& monitor = m_context.health();
    connect(monitor.services(), &ServiceStatusModel::worstHealthChanged, this, &MainWindow::updateConnectionIndicator);
    connect(monitor.alerts(), &AlertsModel::countsChanged, this, &MainWindow::updateConnectionIndicator);
    connect(&monitor, &HealthMonitor::firstDataArrived, this, &MainWindow::updateConnectionIndicator);
    m_tray = new TrayNotifier(m_context, this);
    // From the dashboard: "New incident" opens the Incidents page with it prefilled and selected;
    // "Scale…" opens the scale dialog.
    if (auto* dashboard = qobject_cast<DashboardPage*>(m_pages.value(PageId::Dashboard))) {
        connect(dashboard, &DashboardPage::incidentFromAlertRequested, this, [this](const AlertEntry& alert) {
            if (auto* incidents = qobject_cast<IncidentsPage*>(m_pages.value(PageId::Incidents))) {
                incidents->newFromAlert(alert);
                showPage(PageId::Incidents);
            }
        });
        connect(dashboard, &DashboardPage::incidentFromServiceRequested, this, [this](const ServiceStatus& status) {
            if (auto* incidents = qobject_cast<IncidentsPage*>(m_pages.value(PageId::Incidents))) {
                incidents->newFromService(status);
                showPage(PageId::Incidents);
            }
        });
        connect(dashboard, &DashboardPage::scaleRequested, this, [this](const QString& service) {
            showPage(PageId::Scaling);
            if (auto* scaling = qobject_cast<ScalingPage*>(m_pages.value(PageId::Scaling)))
                scaling->openScaleDialog(service);
        });
    }
    // From the rollback's checklist: "Document incident" opens a new incident with the rollback's timeline.
    if (auto* rollback = qobject_cast<RollbackPage*>(m_pages.value(PageId::Rollback))) {
        connect(rollback, &RollbackPage::incidentRequested, this, [this](const Incident& incident) {
            if (auto* incidents = qobject_cast<IncidentsPage*>(m_pages.value(PageId::Incidents))) {
                incidents->newIncident(incident);
                showPage(PageId::Incidents);
            }
        });
    }

    retranslateUi();
    const int last = AppSettings::lastPage().get();
    m_navigation->setCurrentRow(last >= 0 && last < m_stack->count() ? last : 0);
    const QByteArray geometry = AppSettings::windowGeometry().get();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    for (PageId id : allPages()) {
        Page* page = createPage(id, m_context, m_stack);
        page->setObjectName(pageKey(id) + QStringLiteral("Page"));
        m_pages.insert(id, page);
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(QIcon(pageIcon(id)), QString(), m_navigation);
        item->setData(Qt::UserRole, pageKey(id));
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importProfiles);
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportProfiles);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    const QList<PageId> pages = allPages();
    for (int i = 0; i < pages.size(); ++i) {
        const PageId id = pages.at(i);
        QAction* action = m_viewMenu->addAction(QIcon(pageIcon(id)), QString(), this, [this, id] { showPage(id); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (i + 1) % 10)));
        m_pageActions.insert(id, action);
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString& code : LanguageManager::availableLanguages()) {
        QAction* action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_context.language().setLanguage(code);
            AppSettings::language().set(code);
        });
    }
    auto syncLanguage = [this] {
        for (QAction* a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == m_context.language().language());
    };
    connect(&m_context.language(), &LanguageManager::languageChanged, this, syncLanguage);
    syncLanguage();

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_profileLabel->setObjectName(QStringLiteral("profileIndicator"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionIndicator"));
    m_modeLabel->setObjectName(QStringLiteral("modeIndicator"));
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::showPage(PageId page)
{
    m_navigation->setCurrentRow(int(allPages().indexOf(page)));
}

PageId MainWindow::currentPage() const
{
    return allPages().value(m_stack->currentIndex(), PageId::Dashboard);
}

QString MainWindow::connectionStateText() const
{
    return m_connectionLabel->text();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::windowGeometry().set(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Fragrance AI Operations Console"));
    const QList<PageId> pages = allPages();
    for (int i = 0; i < pages.size(); ++i) {
        const PageId id = pages.at(i);
        m_navigation->item(i)->setText(pageTitle(id));
        m_navigation->item(i)->setToolTip(tr("%1 (%2)", "page name and its shortcut")
                                              .arg(pageTitle(id),
                                                   m_pageActions.value(id)->shortcut().toString(
                                                       QKeySequence::NativeText)));
        m_pageActions.value(id)->setText(pageTitle(id));
    }
    m_fileMenu->setTitle(tr("&File", "main window: menu"));
    m_importAction->setText(tr("&Import profiles…", "main window: menu item"));
    m_exportAction->setText(tr("&Export profiles…", "main window: menu item"));
    m_quitAction->setText(tr("&Quit", "main window: menu item"));
    m_viewMenu->setTitle(tr("&View", "main window: menu"));
    m_languageMenu->setTitle(tr("&Language", "main window: menu"));
    m_helpMenu->setTitle(tr("&Help", "main window: menu"));
    m_aboutAction->setText(tr("&About", "main window: menu item"));
    updateProfileIndicator();
}

void MainWindow::updateProfileIndicator()
{
    if (!m_context.hasActiveProfile()) {
        m_profileLabel->setText(tr("No profile: add one on the Settings page"));
        m_modeLabel->clear();
        m_connectionLabel->setText(tr("Not connected", "main window: label"));
        return;
    }
    const ConnectionProfile& p = m_context.activeProfile();
    m_profileLabel->setText(m_context.activeProfileIsTransient()
                                ? tr("Profile: %1 (from file, not saved)").arg(p.name)
                                : tr("Profile: %1", "main window").arg(p.name));
    m_modeLabel->setText(p.production ? tr("PRODUCTION · read-only until armed") : QString());
    m_modeLabel->setStyleSheet(p.production ? QStringLiteral("color: white; background: #b3261e; padding: 1px 6px;")
                                            : QString());
    updateConnectionIndicator();
}

void MainWindow::updateConnectionIndicator()
{
    if (!m_context.hasActiveProfile())
        return;
    const HealthMonitor& monitor = m_context.health();
    // The stack's verdict: never green while a critical alert fires.
    const StackVerdict verdict = stackVerdict(*monitor.services(), *monitor.alerts());
    const Health worst = verdict.health;
    const int firing = verdict.alerts.firing;
    QString text = monitor.hasFirstData() ? tr("Stack: %1 %2", "main window").arg(healthSymbol(worst), verdict.word())
                                          : tr("Stack: checking…", "main window");
    if (firing > 0)
        text += QStringLiteral(" · ") + tr("%n alert(s) firing", "main window", firing);
    m_connectionLabel->setText(text);
    m_connectionLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(healthColor(worst).name()));
    setWindowIcon(monitor.hasFirstData() ? healthIcon(worst) : QIcon(QStringLiteral(":/icons/opsconsole.svg")));
}

void MainWindow::importProfiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles", "main window: file dialog title"), QString(),
                                                      tr("Profile files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const ProfileFile::ReadResult result = ProfileFile::read(path);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Import profiles", "main window: dialog title"), result.error);
        return;
    }
    QStringList names;
    for (const ConnectionProfile& p : result.profiles) {
        m_context.profiles().save(p);
        names << p.name;
    }
    if (!m_context.hasActiveProfile())
        m_context.activateProfile(result.profiles.first().name);
    QMessageBox::information(this, tr("Import profiles", "main window: dialog title"),
                             tr("Imported %n profile(s): %1", "main window", int(names.size())).arg(names.join(QStringLiteral(", "))));
}

void MainWindow::exportProfiles()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export profiles", "main window: file dialog title"), QStringLiteral("profiles.json"),
                                                      tr("Profile files (*.json)", "main window: file type filter"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ProfileFile::write(path, m_context.profiles().profiles(), &error))
        QMessageBox::warning(this, tr("Export profiles", "main window: dialog title"), error);
}

} // namespace Ops
