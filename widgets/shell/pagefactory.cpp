#include "pagefactory.h"

#include "pages/placeholderpage.h"
#include "settings/settingspage.h"

namespace Ops {

Page* createPage(PageId page, ConsoleContext& context, QWidget* parent)
{
    switch (page) {
    case PageId::Settings: return new SettingsPage(context, parent);
    default: return new PlaceholderPage(context, page, parent);
    }
}

} // namespace Ops
