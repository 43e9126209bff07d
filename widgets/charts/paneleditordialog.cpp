#include "widgets/charts/paneleditordialog.h"
#include "widgets/shell/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>

namespace Ops {

using namespace Metrics;

PanelEditorDialog::PanelEditorDialog(const PanelDefinition& panel, QWidget* parent)
    : QDialog(parent)
    , m_original(panel)
    , m_title(new QLineEdit(this))
    , m_queries(new QPlainTextEdit(this))
    , m_legend(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_threshold(new QLineEdit(this))
    , m_alerts(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(panel.id.isEmpty() ? tr("Add panel", "charts, panel editor: dialog title") : tr("Edit panel", "charts, panel editor: dialog title"));
    for (ChartUnit u : {ChartUnit::None, ChartUnit::RequestsPerSecond, ChartUnit::Percent, ChartUnit::Seconds,
                        ChartUnit::Bytes, ChartUnit::Count})
        m_unit->addItem(ChartUnitText::name(u), QVariant::fromValue(int(u)));
    m_queries->setPlaceholderText(tr("One PromQL query per line, e.g.\nsum by (handler) (rate(http_requests_total[5m]))"));
    m_legend->setPlaceholderText(tr("e.g. {{handler}}; empty for the label set"));
    m_threshold->setPlaceholderText(tr("optional, in the query's unit"));
    m_alerts->setPlaceholderText(tr("e.g. HighErrorRate, HighResponseTime"));
    Theme::setTextLook(m_error, QColor(0x9b, 0x1c, 0x2c));

    m_title->setText(panel.title);
    QStringList lines;
    for (const PanelQuery& q : panel.queries)
        lines.append(q.promql);
    m_queries->setPlainText(lines.join(QLatin1Char('\n')));
    m_legend->setText(panel.queries.isEmpty() ? QString() : panel.queries.first().legend);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(panel.unit))));
    if (!panel.thresholds.isEmpty() && panel.thresholds.first().ofSeries.isEmpty())
        m_threshold->setText(QString::number(panel.thresholds.first().value));
    m_alerts->setText(panel.alertNames.join(QStringLiteral(", ")));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Title", "charts, panel editor"), m_title);
    form->addRow(tr("PromQL", "charts, panel editor"), m_queries);
    form->addRow(tr("Legend", "charts, panel editor"), m_legend);
    form->addRow(tr("Unit", "charts, panel editor"), m_unit);
    form->addRow(tr("Threshold", "charts, panel editor"), m_threshold);
    form->addRow(tr("Shade alerts", "charts, panel editor"), m_alerts);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &PanelEditorDialog::validate);
    connect(m_queries, &QPlainTextEdit::textChanged, this, &PanelEditorDialog::validate);
    connect(m_threshold, &QLineEdit::textChanged, this, &PanelEditorDialog::validate);
    resize(560, 340);
    validate();
}

void PanelEditorDialog::validate()
{
    QString problem;
    bool thresholdOk = true;
    if (!m_threshold->text().trimmed().isEmpty())
        m_threshold->text().trimmed().toDouble(&thresholdOk);
    if (m_title->text().trimmed().isEmpty())
        problem = tr("Give the panel a title.");
    else if (m_queries->toPlainText().trimmed().isEmpty())
        problem = tr("Write at least one PromQL query.");
    else if (!thresholdOk)
        problem = tr("The threshold must be a number.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

PanelDefinition PanelEditorDialog::panel() const
{
    PanelDefinition p;
    p.id = m_original.id.isEmpty() || m_original.builtin
               ? QStringLiteral("custom-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
               : m_original.id;
    p.title = m_title->text().trimmed();
    const QStringList lines = m_queries->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            p.queries.append({line.trimmed(), m_legend->text().trimmed()});
    }
    p.unit = ChartUnit(m_unit->currentData().toInt());
    bool ok = false;
    const double threshold = m_threshold->text().trimmed().toDouble(&ok);
    if (ok)
        p.thresholds.append({threshold, QString(), true, QString::number(threshold)});
    const QStringList alerts = m_alerts->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& a : alerts) {
        if (!a.trimmed().isEmpty())
            p.alertNames.append(a.trimmed());
    }
    return p;
}

} // namespace Ops
