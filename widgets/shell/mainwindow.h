#pragma once

#include "widgets/shell/pageid.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QAction;
class QActionGroup;

namespace Ops {

class ConsoleContext;
class NoticeLabel;
class TrayNotifier;
class TrustBanner;
class Page;
struct ConnectionProfile;

/// The console's window: navigation on the left, one page at a time, and a status bar
/// with the active profile and the connection state. A page is built when it is first shown (or
/// asked for): a start builds one page, not ten.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Opens on `startPage`, or on the page shown last.
    explicit MainWindow(ConsoleContext& context, QWidget* parent = nullptr,
                        std::optional<PageId> startPage = std::nullopt);
    ~MainWindow() override;

    void showPage(PageId page);
    PageId currentPage() const;
    /// The page, built now if it was not yet.
    Page* page(PageId id);
    /// The page if it was built, else null.
    Page* builtPage(PageId id) const { return m_pages.value(id); }

    /// Text of the status bar's connection indicator (tests read it).
    QString connectionStateText() const;
    TrayNotifier* tray() const { return m_tray; }
    TrustBanner* trustBanner() const { return m_trustBanner; }

public Q_SLOTS:
    void showAbout();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildNavigation();
    void connectPage(Page* page);
    void buildMenus();
    void buildStatusBar();
    void retranslateUi();
    void updateProfileIndicator();
    void updateConnectionIndicator();
    void importProfiles();
    void exportProfiles();

    ConsoleContext& m_context;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QHash<PageId, Page*> m_pages;
    QLabel* m_profileLabel;
    QLabel* m_connectionLabel;
    NoticeLabel* m_modeLabel;
    /// The health the window icon shows (-1: the console's own icon): a new icon only when it changes.
    int m_windowIconHealth = -2;
    TrayNotifier* m_tray = nullptr;
    TrustBanner* m_trustBanner = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QHash<PageId, QAction*> m_pageActions;
};

} // namespace Ops
