namespace Ops { void widgetsPlaceholder() {} }
