#pragma once

#include <QWidget>

namespace Ops {

class ConsoleContext;

/// Base of every page of the main window. A page retranslates itself on LanguageChange
/// and says when its first data has arrived (used by `--screenshot` and GUI tests).
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(ConsoleContext& context, QWidget* parent = nullptr);

    /// True once the page shows its first real data (or has none to wait for).
    virtual bool isReady() const { return true; }
    /// False when the page's first data comes from the stack alone, not from the console's records
    /// database: as the start page, it lets the records wait until it is ready (Session::holdRecords()).
    virtual bool firstDataNeedsRecords() const { return true; }

Q_SIGNALS:
    void ready();

protected:
    /// Sets every visible text; called once by the subclass's constructor and on every LanguageChange.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override;
    ConsoleContext& context() const { return m_context; }

private:
    ConsoleContext& m_context;
};

} // namespace Ops
