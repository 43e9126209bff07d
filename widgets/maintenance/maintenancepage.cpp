#include "widgets/maintenance/maintenancepage.h"

#include "models/session/consolecontext.h"
#include "models/core/formatting.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancescheduler.h"
#include "models/maintenance/maintenancestore.h"
#include "widgets/maintenance/maintenancerunview.h"
#include "models/audit/auditentry.h"
#include "models/audit/auditstore.h"
#include "models/session/session.h"
#include "widgets/pages/resumebanner.h"

#include <QFile>
#include <QMessageBox>

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ops {

namespace {

constexpr int kIdRole = Qt::UserRole;

/// "Sun 11-29 02:00 UTC (11:00 KST)": both clocks, the end of a same-day window as times only.
QString shortUtcAndLocal(const QDateTime& when, bool timeOnly = false)
{
    return timeOnly ? Format::utcAndLocalTime(when) : Format::utcAndLocalWithWeekday(when);
}

QDateTimeEdit* utcEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

MaintenancePage::MaintenancePage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent), m_banner(new ResumeBanner(this)), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_new(new QPushButton(this)), m_save(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_emergency(new QPushButton(this)), m_editorBox(new QGroupBox(this)),
      m_titleLabel(new QLabel(this)), m_windowTitle(new QLineEdit(this)), m_ownerLabel(new QLabel(this)),
      m_owner(new QLineEdit(this)), m_startLabel(new QLabel(this)), m_start(utcEdit(this)),
      m_startLocal(new QLabel(this)), m_endLabel(new QLabel(this)), m_end(utcEdit(this)),
      m_endLocal(new QLabel(this)), m_descriptionLabel(new QLabel(this)),
      m_description(new QPlainTextEdit(this)), m_checklistBox(new QGroupBox(this)),
      m_override(new QLineEdit(this)), m_runView(new MaintenanceRunView(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_status->setObjectName(QStringLiteral("pageStatus"));
    m_list->setObjectName(QStringLiteral("windowList"));
    m_new->setObjectName(QStringLiteral("newWindow"));
    m_save->setObjectName(QStringLiteral("saveWindow"));
    m_emergency->setObjectName(QStringLiteral("emergency"));
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_windowTitle->setObjectName(QStringLiteral("windowTitle"));
    m_start->setObjectName(QStringLiteral("windowStart"));
    m_end->setObjectName(QStringLiteral("windowEnd"));
    m_status->setWordWrap(true);
    m_list->setColumnCount(5);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_description->setMaximumHeight(70);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_status, 1);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_save);
    listButtons->addWidget(m_cancel);
    listButtons->addStretch();
    listButtons->addWidget(m_emergency);

    auto* editor = new QGridLayout(m_editorBox);
    editor->addWidget(m_titleLabel, 0, 0);
    editor->addWidget(m_windowTitle, 0, 1, 1, 2);
    editor->addWidget(m_ownerLabel, 1, 0);
    editor->addWidget(m_owner, 1, 1, 1, 2);
    editor->addWidget(m_startLabel, 2, 0);
    editor->addWidget(m_start, 2, 1);
    editor->addWidget(m_startLocal, 2, 2);
    editor->addWidget(m_endLabel, 3, 0);
    editor->addWidget(m_end, 3, 1);
    editor->addWidget(m_endLocal, 3, 2);
    editor->addWidget(m_descriptionLabel, 4, 0, Qt::AlignTop);
    editor->addWidget(m_description, 4, 1, 1, 2);

    auto* checklist = new QGridLayout(m_checklistBox);
    int row = 0;
    for (const QString& key : MaintenanceChecklist::itemKeys()) {
        auto* box = new QCheckBox(m_checklistBox);
        box->setObjectName(QStringLiteral("check-") + key);
        auto* who = new QLabel(m_checklistBox);
        who->setEnabled(false);
        m_checks.insert(key, box);
        m_checkWho.insert(key, who);
        checklist->addWidget(box, row, 0);
        checklist->addWidget(who, row, 1);
        ++row;
        connect(box, &QCheckBox::clicked, this, [this, key](bool on) {
            if (MaintenanceScheduler* scheduler = this->context().session().maintenanceScheduler())
                scheduler->tick(m_selected, key, on);
        });
    }
    checklist->addWidget(m_override, row, 0, 1, 2);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 2);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_editorBox);
    leftLayout->addWidget(m_checklistBox);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_runView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    connect(m_banner, &ResumeBanner::resumeClicked, this, [this] {
        if (!m_saved)
            return;
        if (!m_saved->interruptedCommand()) {
            resumeSaved(MaintenanceRun::Interrupted::Repeat);
            return;
        }
        const MaintenanceRunState::Step& step = m_saved->steps.at(m_saved->current);
        auto* box = new QMessageBox(
            QMessageBox::Question, tr("Resume the maintenance run", "maintenance page: dialog title"),
            tr("\"%1\" was running when the console stopped; it may or may not have finished. "
               "Run it again, or continue as if it had finished?")
                .arg(MaintenanceRun::stepTitle(step.key)),
            QMessageBox::NoButton, this);
        QPushButton* again = box->addButton(tr("Run it again", "maintenance page: dialog button"), QMessageBox::DestructiveRole);
        QPushButton* done = box->addButton(tr("It finished: continue", "maintenance page: dialog button"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, again, done](QAbstractButton* b) {
            if (b == again)
                resumeSaved(MaintenanceRun::Interrupted::Repeat);
            else if (b == done)
                resumeSaved(MaintenanceRun::Interrupted::TreatAsDone);
        });
        box->open();
    });
    connect(m_banner, &ResumeBanner::otherClicked, this, &MaintenancePage::abortSaved);

    connect(m_new, &QPushButton::clicked, this, &MaintenancePage::newWindow);
    connect(m_save, &QPushButton::clicked, this, &MaintenancePage::saveWindow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        MaintenanceScheduler* scheduler = this->context().session().maintenanceScheduler();
        if (!scheduler)
            return;
        if (const QString problem = scheduler->cancel(m_selected, m_override->text()); !problem.isEmpty())
            setStatus(problem);
    });
    connect(m_emergency, &QPushButton::clicked, this, &MaintenancePage::startEmergency);
    connect(m_runView, &MaintenanceRunView::startRequested, this, &MaintenancePage::startRun);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            selectWindow(QUuid::fromString(item->data(0, kIdRole).toString()));
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MaintenancePage::updateLocalTimes);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &MaintenancePage::updateLocalTimes);

    Session& ops = context.session();
    connect(&ops, &Session::reset, this, [this] {
        delete m_run;
        delete m_probe;
        m_saved.reset();
        m_banner->setVisible(false);
        bind();
    });
    connect(&ops, &Session::built, this, [this] {
        if (isVisible())
            checkSaved();
    });
    retranslateUi();
    newWindow();
    bind();
}

MaintenancePage::~MaintenancePage() = default;

MaintenanceStore* MaintenancePage::store() const
{
    return m_store; // out of line: QPointer needs the complete type
}

MaintenanceRun* MaintenancePage::run() const
{
    return m_run;
}

void MaintenancePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    context().session().start();
    bind();
    checkSaved();
}

void MaintenancePage::checkSaved()
{
    if (m_run && m_run->isActive())
        return;
    const std::optional<MaintenanceRunState> saved = context().session().savedMaintenanceRun();
    const bool same = saved && m_saved && saved->runId == m_saved->runId;
    m_saved = saved;
    if (!m_saved) {
        m_banner->setVisible(false);
        return;
    }
    if (!same) {
        // Whether the public site is behind the maintenance page is asked of NGINX, not of the saved file.
        m_savedFlag = MaintenanceFlagProbe::Flag::Unknown;
        m_savedFlagDetail.clear();
        if (!m_saved->emergency) {
            if (!m_probe) {
                m_probe = context().session().createMaintenanceFlagProbe(this);
                if (m_probe)
                    connect(m_probe, &MaintenanceFlagProbe::answered, this,
                            [this](MaintenanceFlagProbe::Flag flag, const QString& detail) {
                                m_savedFlag = flag;
                                m_savedFlagDetail = detail;
                                showBanner();
                            });
            }
            if (m_probe)
                m_probe->probe();
        }
    }
    showBanner();
}

void MaintenancePage::showBanner()
{
    if (!m_saved) {
        m_banner->setVisible(false);
        return;
    }
    const MaintenanceRunState& s = *m_saved;
    const MaintenanceRunState::Step& step = s.steps.at(s.current);
    QString text = tr("A maintenance run of “%1” started %2 did not finish: the console stopped at step %3 of %4, "
                      "“%5” (%6). Finished steps will not run again.")
                       .arg(s.window.title, Format::utcAndLocal(s.startedAt, Format::Precision::Minutes))
                       .arg(s.current + 1)
                       .arg(s.steps.size())
                       .arg(MaintenanceRun::stepTitle(step.key),
                            MaintenanceRun::stepStateText(s.interrupted() ? MaintenanceRun::StepState::Running
                                                                          : MaintenanceRun::StepState::Pending));
    if (s.interruptedCommand())
        text += u' ' + tr("It was running when the console stopped: you will be asked whether it finished.");
    if (step.key == QLatin1String("backup") && !s.backupPath.isEmpty())
        text += u' ' + (QFile::exists(s.backupPath) ? tr("The backup file %1 is complete.").arg(s.backupPath)
                                                    : tr("The backup file %1 was not completed.").arg(s.backupPath));
    if (!s.emergency) {
        switch (m_savedFlag) {
        case MaintenanceFlagProbe::Flag::On:
            text += u' ' + tr("The public site is still behind the maintenance page (NGINX's flag is set).");
            break;
        case MaintenanceFlagProbe::Flag::Off:
            text += u' ' + tr("NGINX serves the site normally (its maintenance flag is not set).");
            break;
        case MaintenanceFlagProbe::Flag::Unknown:
            text += u' ' + (m_savedFlagDetail.isEmpty()
                                ? tr("Checking whether the public site is behind the maintenance page…")
                                : tr("Whether the public site is behind the maintenance page is unknown: %1")
                                      .arg(m_savedFlagDetail));
            break;
        }
    }
    m_banner->setText(text);
    m_banner->setButtonTexts(tr("Resume", "maintenance page: button"),
                             tr("Abort the run", "maintenance page: button"));
    m_banner->otherButton()->setToolTip(
        tr("Takes the operator lock, restores normal mode if the site may be behind the maintenance page, "
           "and records the end of the run."));
    m_banner->setVisible(true);
}

bool MaintenancePage::whenSessionReady(const std::function<void()>& then)
{
    Session& ops = context().session();
    if (!ops.mutationsAllowed()) {
        setStatus(tr("This production profile is read-only until it is armed (Scaling page)."));
        return false;
    }
    if (ops.state() == Session::State::Preparing || ops.state() == Session::State::Idle) {
        // The lock's connection is set up once the keychain and the migrations have answered.
        setStatus(tr("Connecting to the stack's database…"));
        connect(&ops, &Session::stateChanged, this, [then] { then(); }, Qt::SingleShotConnection);
        return false;
    }
    return true;
}

void MaintenancePage::resumeSaved(MaintenanceRun::Interrupted interrupted)
{
    if (!m_saved)
        return;
    if (!whenSessionReady([this, interrupted] { resumeSaved(interrupted); }))
        return;
    MaintenanceRun* run = ensureRun();
    if (!run) {
        setStatus(tr("The console is not connected to this stack."));
        return;
    }
    const MaintenanceRunState saved = *m_saved;
    m_saved.reset();
    m_banner->setVisible(false);
    m_selected = saved.window.id;
    run->setFlagSeenOn(m_savedFlag == MaintenanceFlagProbe::Flag::On);
    m_runView->setRun(run);
    run->resume(saved, interrupted);
}

void MaintenancePage::abortSaved()
{
    if (!m_saved)
        return;
    if (!whenSessionReady([this] { abortSaved(); }))
        return;
    MaintenanceRun* run = ensureRun();
    if (!run) {
        setStatus(tr("The console is not connected to this stack."));
        return;
    }
    const MaintenanceRunState saved = *m_saved;
    m_saved.reset();
    m_banner->setVisible(false);
    m_selected = saved.window.id;
    run->setFlagSeenOn(m_savedFlag == MaintenanceFlagProbe::Flag::On);
    m_runView->setRun(run);
    run->resume(saved, MaintenanceRun::Interrupted::Repeat,
                tr("aborted by %1 after the console had stopped").arg(AuditEntry::currentOsUser()));
}

void MaintenancePage::bind()
{
    MaintenanceStore* store = context().session().maintenanceStore();
    if (store == m_store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!store)
        return;
    connect(store, &MaintenanceStore::windowsChanged, this, [this] {
        showWindows();
        if (!m_ready) {
            // First sight of the schedule: the window that is on, or the next one, is what matters.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            MaintenanceWindow next = Ops::activeWindow(m_store->windows(), now);
            if (!next.isValid())
                next = Ops::upcomingWindow(m_store->windows(), now, 60 * 24 * 3600);
            if (next.isValid() && !m_store->window(m_selected).isValid()) {
                m_selected = next.id;
                showWindows();
                selectWindow(next.id);
            }
            m_ready = true;
            Q_EMIT ready();
        }
    });
    connect(store, &MaintenanceStore::loadFailed, this, [this](const QString& reason) {
        setStatus(reason);
        if (!m_ready) {
            m_ready = true;
            Q_EMIT ready();
        }
    });
    connect(store, &MaintenanceStore::saveFailed, this,
            [this](const QUuid&, const QString& reason) { setStatus(reason); });
    connect(store, &MaintenanceStore::saved, this, [this](const QUuid&, bool journaled) {
        setStatus(journaled ? tr("Saved locally; it goes to the database when it is back.") : tr("Saved.", "maintenance page"));
    });
    showWindows();
    // The center refreshes the store itself once the schema is migrated; before that the worker has
    // no connection yet. A page made later asks at once.
    const Session::State state = context().session().state();
    if (state == Session::State::Ready || state == Session::State::Degraded)
        store->refresh();
}

void MaintenancePage::setStatus(const QString& text)
{
    m_status->setText(text);
}

void MaintenancePage::showWindows()
{
    const QUuid keep = m_selected;
    const QList<MaintenanceWindow> windows = m_store ? m_store->windows() : QList<MaintenanceWindow>();
    QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem* select = nullptr;
    for (const MaintenanceWindow& w : windows) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, (w.kind == MaintenanceWindow::Kind::Emergency ? QStringLiteral("⚡ ") : QString()) +
                             w.title);
        item->setText(1, shortUtcAndLocal(w.start));
        item->setText(2, shortUtcAndLocal(w.end, w.end.toUTC().date() == w.start.toUTC().date()));
        item->setToolTip(1, Format::utcAndLocal(w.start));
        item->setToolTip(2, Format::utcAndLocal(w.end));
        item->setText(3, w.owner);
        item->setText(4, MaintenanceWindow::statusText(w.status));
        item->setData(0, kIdRole, w.id.toString());
        if (w.id == keep)
            select = item;
    }
    if (select)
        m_list->setCurrentItem(select);
    showChecklist();
}

void MaintenancePage::selectWindow(const QUuid& id)
{
    m_selected = id;
    setStatus(QString());
    const MaintenanceWindow w = m_store ? m_store->window(id) : MaintenanceWindow();
    if (w.isValid()) {
        m_windowTitle->setText(w.title);
        m_owner->setText(w.owner);
        m_start->setDateTime(w.start);
        m_end->setDateTime(w.end);
        m_description->setPlainText(w.description);
    }
    showChecklist();
}

void MaintenancePage::showChecklist()
{
    const MaintenanceChecklist list = m_store ? m_store->checklist(m_selected) : MaintenanceChecklist();
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const ChecklistTick tick = list.latest(it.key());
        QSignalBlocker block(it.value());
        it.value()->setChecked(list.isTicked(it.key()));
        it.value()->setEnabled(!m_selected.isNull() && m_store && m_store->window(m_selected).isValid());
        m_checkWho.value(it.key())->setText(
            tick.id.isNull() ? QString()
                             : (tick.ticked ? tr("ticked by %1, %2", "maintenance page") : tr("unticked by %1, %2", "maintenance page"))
                                   .arg(tick.by, Format::utcAndLocal(tick.at)));
    }
}

void MaintenancePage::updateLocalTimes()
{
    // The editors read UTC; beside them the same moment on the operator's clock, zone named.
    const bool utc = Format::localIsUtc(m_start->dateTime());
    m_startLocal->setVisible(!utc);
    m_endLocal->setVisible(!utc);
    m_startLocal->setText(tr("= %1", "the UTC time typed beside it, on the local clock")
                              .arg(Format::local(m_start->dateTime(), false, true)));
    m_endLocal->setText(tr("= %1", "the UTC time typed beside it, on the local clock")
                            .arg(Format::local(m_end->dateTime(), false, true)));
}

MaintenanceWindow MaintenancePage::editedWindow() const
{
    MaintenanceWindow w = m_store ? m_store->window(m_selected) : MaintenanceWindow();
    if (!w.isValid())
        w.id = m_selected;
    w.title = m_windowTitle->text().trimmed();
    w.owner = m_owner->text().trimmed();
    w.start = m_start->dateTime().toUTC();
    w.end = m_end->dateTime().toUTC();
    w.description = m_description->toPlainText().trimmed();
    w.updatedBy = AuditEntry::currentOsUser();
    return w;
}

void MaintenancePage::newWindow()
{
    const MaintenanceWindow w = MaintenanceWindow::recommended(QDateTime::currentDateTimeUtc());
    m_selected = w.id;
    m_list->clearSelection();
    m_windowTitle->setText(w.title);
    m_owner->setText(AuditEntry::currentOsUser());
    m_start->setDateTime(w.start);
    m_end->setDateTime(w.end);
    m_description->clear();
    updateLocalTimes();
    showChecklist();
    setStatus(tr("New window at the runbook's recommended time, Sunday 02:00–04:00 UTC (lowest traffic for the runbook's users): %1 – %2.")
                  .arg(Format::local(w.start, false, true), Format::local(w.end, false, true)));
}

void MaintenancePage::saveWindow()
{
    MaintenanceScheduler* scheduler = context().session().maintenanceScheduler();
    const QString problem = scheduler ? scheduler->save(editedWindow()) : tr("No connection profile is active.");
    if (!problem.isEmpty())
        setStatus(problem);
}

MaintenanceRun* MaintenancePage::ensureRun()
{
    if (!m_run) {
        m_run = context().session().createMaintenanceRun(this);
        if (m_run) {
            connect(m_run, &MaintenanceRun::refused, this, &MaintenancePage::setStatus);
            m_runView->setRun(m_run);
        }
    }
    return m_run;
}

void MaintenancePage::startRun()
{
    if (m_saved) {
        setStatus(tr("A run that did not finish is waiting: resume or abort it first."));
        return;
    }
    MaintenanceRun* run = ensureRun();
    if (!run) {
        setStatus(tr("The console is not connected to this stack."));
        return;
    }
    MaintenanceWindow w = m_store ? m_store->window(m_selected) : MaintenanceWindow();
    if (!w.isValid()) {
        setStatus(tr("Save the window first."));
        return;
    }
    m_runView->setRun(run);
    run->start(w, m_store->checklist(w.id), m_override->text());
}

void MaintenancePage::startEmergency()
{
    if (m_saved) {
        setStatus(tr("A run that did not finish is waiting: resume or abort it first."));
        return;
    }
    MaintenanceRun* run = ensureRun();
    if (!run || !m_store) {
        setStatus(tr("The console is not connected to this stack."));
        return;
    }
    MaintenanceWindow w = MaintenanceWindow::emergency(QDateTime::currentDateTimeUtc());
    w.owner = AuditEntry::currentOsUser();
    w.description = m_override->text().trimmed();
    m_store->saveWindow(w);
    m_selected = w.id;
    m_runView->setRun(run);
    run->startEmergency(w);
}

void MaintenancePage::retranslateUi()
{
    m_title->setText(tr("Maintenance", "maintenance page: title"));
    m_list->setHeaderLabels({tr("Window", "maintenance page: column header"), tr("Start", "maintenance page: column header"), tr("End", "maintenance page: column header"), tr("Owner", "maintenance page: column header"), tr("Status", "maintenance page: column header")});
    m_new->setText(tr("New window", "maintenance page: button"));
    m_save->setText(tr("Save", "maintenance page: button"));
    m_cancel->setText(tr("Cancel window", "maintenance page: button"));
    m_emergency->setText(tr("Emergency maintenance", "maintenance page: button"));
    m_editorBox->setTitle(tr("Window", "maintenance page: group box title"));
    m_titleLabel->setText(tr("Title:", "maintenance page: form label"));
    m_ownerLabel->setText(tr("Owner:", "maintenance page: form label"));
    m_startLabel->setText(tr("Start:", "maintenance page: form label"));
    m_endLabel->setText(tr("End:", "maintenance page: form label"));
    m_descriptionLabel->setText(tr("Description:", "maintenance page: form label"));
    m_checklistBox->setTitle(tr("Pre-maintenance checklist", "maintenance page: group box title"));
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        it.value()->setText(MaintenanceChecklist::itemText(it.key()));
    m_override->setPlaceholderText(tr("Override: why the run may start with unticked items (recorded)"));
    updateLocalTimes();
    showWindows();
    if (m_saved)
        showBanner();
}

} // namespace Ops
