#pragma once

#include "models/logs/logbuffer.h"
#include "widgets/pages/page.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>

class QCheckBox;
class QComboBox;
class QMenu;
class QToolButton;
class QLabel;
class QLineEdit;
class QTableView;
class QPushButton;
class QSpinBox;

namespace Ops {

class LogLineDelegate;
class LogLineModel;
class Orchestrator;

/// `docker compose logs -f --tail N [SVC…]` (or kubectl logs -f) through the orchestrator, streamed
/// into a bounded view that stays responsive at tens of thousands of lines per second: lines are
/// batched by LogBuffer and appended once per tick. Service selection, level filter, regex search with
/// highlighting, pause and follow, timestamps on or off, how many lines are kept (the retention), and
/// save as logs/debug_YYYYMMDD_HHMMSS.log. The stream runs only while the page is shown: leaving the
/// page stops it, coming back follows again from the last `tail` lines.
class LogsPage final : public Page
{
    Q_OBJECT

public:
    enum class LevelFilter
    {
        All,
        InfoAndAbove,
        WarnAndAbove,
        ErrorOnly
    };
    Q_ENUM(LevelFilter)

    explicit LogsPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~LogsPage() override;

    /// Ready once the first lines are shown (the stream starts when the page is first shown).
    bool isReady() const override;
    bool isFollowing() const;
    LogBuffer* buffer() const { return m_buffer; }
    QTableView* view() const { return m_view; }
    LogLineModel* lineModel() const { return m_model; }
    /// Lines currently shown.
    int shownLines() const;
    /// The services whose logs are followed (empty: all); restarts a running stream.
    void setServices(const QStringList& services);
    QStringList services() const { return m_services; }
    void setTail(int lines);
    void setLevelFilter(LevelFilter filter);
    void setSearch(const QString& pattern);
    void setPaused(bool paused);
    void setTimestamps(bool on);
    /// Lines kept in memory (the newest); remembered in the settings.
    void setRetention(int lines);
    int retention() const { return m_buffer->capacity(); }
    /// The folder save() writes to: <project>/logs, or <documents>/logs.
    QString logsDirectory() const;

public Q_SLOTS:
    void start();
    void stop();
    /// Writes every buffered line; returns the file path, or an empty string (reason on the page).
    QString save();

Q_SIGNALS:
    void followingChanged(bool following);
    void batchShown(int lines);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QStringList knownServices() const;
    void rebuildServicesMenu();
    void updateServicesButton();
    void showBatch(const QList<LogLine>& batch);
    void rebuildView();
    bool accepts(const LogLine& line) const;
    QList<LogLine> filtered(const QList<LogLine>& lines) const;
    QString display(const LogLine& line) const;
    void updateStatus();

    LogBuffer* m_buffer;
    QPointer<Orchestrator> m_orchestrator;
    LevelFilter m_level = LevelFilter::All;
    QRegularExpression m_search;
    bool m_paused = false;
    bool m_autoStarted = false;
    bool m_resumeOnShow = false; ///< the stream was stopped because the page was left
    bool m_announcedReady = false;
    bool m_timestamps = true;
    QElapsedTimer m_rateClock;
    qint64 m_rateBase = 0;
    double m_rate = 0;

    QLabel* m_title;
    QToolButton* m_servicesButton; ///< a menu of checkable services: none checked means all
    QMenu* m_servicesMenu;
    QLabel* m_tailLabel;
    QSpinBox* m_tail;
    QLabel* m_keepLabel;
    QSpinBox* m_keep;
    QComboBox* m_levelBox;
    QLineEdit* m_searchEdit;
    QCheckBox* m_follow;
    QCheckBox* m_stamps;
    QPushButton* m_pause;
    QPushButton* m_startStop;
    QPushButton* m_save;
    QLabel* m_status;
    QTableView* m_view;
    LogLineModel* m_model;
    LogLineDelegate* m_delegate;
    QStringList m_services;
};

} // namespace Ops
