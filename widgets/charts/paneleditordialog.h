#pragma once

#include "models/metrics/paneldefinition.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QLabel;
class QDialogButtonBox;

namespace Ops {

/// The operator's own panel: a title, PromQL (one query per line), a legend template, the unit,
/// an optional threshold and the alerts whose firing is shaded.
class PanelEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PanelEditorDialog(const Metrics::PanelDefinition& panel, QWidget* parent = nullptr);

    /// What the dialog holds now (a new id for a new panel).
    Metrics::PanelDefinition panel() const;

private:
    void validate();

    Metrics::PanelDefinition m_original;
    QLineEdit* m_title;
    QPlainTextEdit* m_queries;
    QLineEdit* m_legend;
    QComboBox* m_unit;
    QLineEdit* m_threshold;
    QLineEdit* m_alerts;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace Ops
