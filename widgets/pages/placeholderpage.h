#pragma once

#include "widgets/pages/page.h"
#include "widgets/shell/pageid.h"

class QLabel;

namespace Ops {

/// A page whose feature is still to come: its title and what it will do, in the runbook's words.
class PlaceholderPage final : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(ConsoleContext& context, PageId page, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;

private:
    QString description() const;

    PageId m_page;
    QLabel* m_title;
    QLabel* m_description;
};

} // namespace Ops
