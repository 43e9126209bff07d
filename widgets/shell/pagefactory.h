#pragma once

#include "widgets/shell/pageid.h"

class QWidget;

namespace Ops {

class ConsoleContext;
class Page;

/// Creates the widget for a page; the one place that knows which class serves which page.
Page* createPage(PageId page, ConsoleContext& context, QWidget* parent);

} // namespace Ops
