#include "widgets/shell/mainwindow.h"
#include "widgets/shell/appicons.h"

#include "models/core/appsettings.h"
#include "models/core/languagemanager.h"
#include "models/core/memoryrelease.h"
#include "models/health/alertsmodel.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/stackverdict.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profilestore.h"
#include "models/session/consolecontext.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/dashboard/healthstyle.h"
#include "widgets/incidents/incidentspage.h"
#include "widgets/pages/page.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/scaling/scalingpage.h"
#include "widgets/settings/profileimportdialog.h"
#include "widgets/shell/aboutdialog.h"
#include "widgets/shell/noticelabel.h"
#include "widgets/shell/pagefactory.h"
#include "widgets/shell/theme.h"
#include "widgets/shell/traynotifier.h"
#include "widgets/shell/trustbanner.h"

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
#include <QTimer>
#include <QVBoxLayout>

namespace Ops {

MainWindow::MainWindow(ConsoleContext& context, QWidget* parent, std::optional<PageId> startPage)
    : QMainWindow(parent), m_context(context), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_profileLabel(new QLabel(this)),
      m_connectionLabel(new QLabel(this)), m_modeLabel(new NoticeLabel(this))
{
    setWindowIcon(AppIcons::console());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    Theme::styleNavigation(m_navigation);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Above every page: what the profile may not run, and secrets kept back.
    m_trustBanner = new TrustBanner(m_context, central);
    outer->addWidget(m_trustBanner);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    connect(m_trustBanner, &TrustBanner::settingsRequested, this, [this] { showPage(PageId::Settings); });

    buildNavigation();
    buildMenus();
    buildStatusBar();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<PageId> pages = allPages();
        if (row < 0 || row >= pages.size())
            return;
        m_stack->setCurrentWidget(page(pages.at(row)));
        AppSettings::lastPage().set(row);
    });
    connect(&m_context, &ConsoleContext::activeProfileChanged, this, &MainWindow::updateProfileIndicator);
    HealthMonitor& monitor = m_context.health();
    connect(monitor.services(), &ServiceStatusModel::worstHealthChanged, this, &MainWindow::updateConnectionIndicator);
    connect(monitor.alerts(), &AlertsModel::countsChanged, this, &MainWindow::updateConnectionIndicator);
    connect(&monitor, &HealthMonitor::firstDataArrived, this, &MainWindow::updateConnectionIndicator);
    m_tray = new TrayNotifier(m_context, this);

    retranslateUi();
    const int last = startPage ? int(allPages().indexOf(*startPage)) : AppSettings::lastPage().get();
    m_navigation->setCurrentRow(last >= 0 && last < m_navigation->count() ? last : 0);
    const QByteArray geometry = AppSettings::windowGeometry().get();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    for (PageId id : allPages()) {
        auto* item = new QListWidgetItem(AppIcons::page(id), QString(), m_navigation);
        item->setData(Qt::UserRole, pageKey(id));
    }
}

Page* MainWindow::page(PageId id)
{
    if (Page* built = m_pages.value(id))
        return built;
    Page* page = createPage(id, m_context, m_stack);
    page->setObjectName(pageKey(id) + QStringLiteral("Page"));
    Theme::stylePage(page);
    m_pages.insert(id, page);
    m_stack->addWidget(page);
    connectPage(page);
    // Building a page leaves freed temporaries between what it keeps: give their pages back once.
    QTimer::singleShot(0, this, [] { Memory::releaseFreed(); });
    return page;
}

void MainWindow::connectPage(Page* page)
{
    if (auto* dashboard = qobject_cast<DashboardPage*>(page)) {
        // From the dashboard: "New incident" opens the Incidents page with it prefilled and selected;
        // "Scale…" opens the scale dialog.
        connect(dashboard, &DashboardPage::incidentFromAlertRequested, this, [this](const AlertEntry& alert) {
            if (auto* incidents = qobject_cast<IncidentsPage*>(this->page(PageId::Incidents))) {
                incidents->newFromAlert(alert);
                showPage(PageId::Incidents);
            }
        });
        connect(dashboard, &DashboardPage::incidentFromServiceRequested, this, [this](const ServiceStatus& status) {
            if (auto* incidents = qobject_cast<IncidentsPage*>(this->page(PageId::Incidents))) {
                incidents->newFromService(status);
                showPage(PageId::Incidents);
            }
        });
        connect(dashboard, &DashboardPage::scaleRequested, this, [this](const QString& service) {
            showPage(PageId::Scaling);
            if (auto* scaling = qobject_cast<ScalingPage*>(this->page(PageId::Scaling)))
                scaling->openScaleDialog(service);
        });
        connect(dashboard, &DashboardPage::restartRequested, this, [this](const QString& service) {
            showPage(PageId::Scaling);
            if (auto* scaling = qobject_cast<ScalingPage*>(this->page(PageId::Scaling)))
                scaling->openRestartDialog(service);
        });
    }
    // From the rollback's checklist: "Document incident" opens a new incident with the rollback's timeline.
    if (auto* rollback = qobject_cast<RollbackPage*>(page)) {
        connect(rollback, &RollbackPage::incidentRequested, this, [this](const Incident& incident) {
            if (auto* incidents = qobject_cast<IncidentsPage*>(this->page(PageId::Incidents))) {
                incidents->newIncident(incident);
                showPage(PageId::Incidents);
            }
        });
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
        QAction* action =
            m_viewMenu->addAction(AppIcons::page(id), QString(), this, [this, id] { showPage(id); });
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
    // White on red while a production profile is active (hidden otherwise).
    m_modeLabel->setLook({Qt::white, QColor(0xb3, 0x26, 0x1e), QColor(), 0, 1});
    m_modeLabel->setContentsMargins(6, 1, 6, 1);
    m_modeLabel->hide();
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    // A profile switch while a procedure runs is refused (the run would lose its stack): said in a message
    // that does not block, since the procedure's own window needs the event loop.
    connect(&m_context, &ConsoleContext::switchRefused, this, [this](const QString& reason) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Profile not changed", "main window: message title"),
                                    reason, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("switchRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(&m_context, &ConsoleContext::profileChangeDeferred, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 15000); });
}

void MainWindow::showPage(PageId page)
{
    m_navigation->setCurrentRow(int(allPages().indexOf(page)));
}

PageId MainWindow::currentPage() const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (it.value() == m_stack->currentWidget())
            return it.key();
    return PageId::Dashboard;
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
    m_modeLabel->setVisible(p.production);
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
    Theme::setTextLook(m_connectionLabel, healthColor(worst), QFont::DemiBold);
    // Every poll ends here; the window manager is sent a new icon only when the verdict changes.
    const int iconHealth = monitor.hasFirstData() ? int(worst) : -1;
    if (iconHealth != m_windowIconHealth) {
        m_windowIconHealth = iconHealth;
        setWindowIcon(iconHealth >= 0 ? healthIcon(worst) : AppIcons::console());
    }
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
    // Never a silent overwrite: the dialog lists every change and saves only what the operator ticks.
    auto* dialog = new ProfileImportDialog(m_context.profiles(), result.profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList names = dialog->importedNames();
        if (names.isEmpty())
            return;
        if (!m_context.hasActiveProfile())
            m_context.activateProfile(names.first());
        statusBar()->showMessage(tr("Imported %n profile(s): %1", "main window", int(names.size()))
                                     .arg(names.join(QStringLiteral(", "))),
                                 10000);
    });
    dialog->open();
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
