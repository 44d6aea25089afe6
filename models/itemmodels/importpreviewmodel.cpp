// A read-only table of the returns to import.
#include "itemmodels/importpreviewmodel.h"
#include "domain/areas.h"
#include "domain/figure.h"
#include "interchange/tidycolumns.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dapp {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ImportBatch &batch, const ImportPlan &plan, DuplicatePolicy policy)
{
    beginResetModel();
    m_batch = batch;
    m_duplicateRows.clear();
    // A tidy sheet's rows by their number, a letter table's columns by theirs (found by review:
    // every column of a table was marked when one was a duplicate).
    for (const ImportPlan::Duplicate &d : plan.duplicates)
        m_duplicateRows.insert(d.row > 0 ? d.row : -d.column, true);
    m_policy = policy;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_batch.returns.size()); }

int ImportPreviewModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ImportPreviewModel::action(const ImportedReturn &r) const
{
    if (r.sameAs >= 0 && r.sameAs < m_batch.returns.size()) {
        const ImportedReturn &earlier = m_batch.returns.at(r.sameAs);
        const QString place = earlier.row > 0 ? tr("row %1").arg(earlier.row) : tr("column %1").arg(earlier.column);
        switch (m_policy) {
        case DuplicatePolicy::Refuse: return tr("the same as %1").arg(place);
        case DuplicatePolicy::Skip: return tr("skip (the same as %1)").arg(place);
        case DuplicatePolicy::Replace: return tr("replace %1's").arg(place);
        case DuplicatePolicy::KeepBoth: return tr("add beside %1's").arg(place);
        }
    }
    if (!m_duplicateRows.contains(r.row > 0 ? r.row : -r.column))
        return tr("add");
    switch (m_policy) {
    case DuplicatePolicy::Refuse: return tr("already in the project");
    case DuplicatePolicy::Skip: return tr("skip (already in the project)");
    case DuplicatePolicy::Replace: return tr("replace the project's");
    case DuplicatePolicy::KeepBoth: return tr("add beside the project's");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_batch.returns.size())
        return {};
    const ImportedReturn &r = m_batch.returns.at(index.row());
    const int column = index.column();
    const bool isFigure = column >= FirstFigureColumn && column < ActionColumn;
    const FigureField field = isFigure ? kAllFigureFields[size_t(column - FirstFigureColumn)] : FigureField::Budget;
    const Figure *figure = isFigure ? &r.values.figure(field) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RowColumn: return r.row > 0 ? QVariant(r.row) : QVariant(tr("column %1").arg(r.column));
        case AreaColumn: return Areas::nameOf(m_batch.letterOf(r).areaCode);
        case YearColumn: return m_batch.letterOf(r).financialYear;
        case CohortColumn: return cohortLabel(m_batch.letterOf(r).cohort);
        case ProgrammeColumn: return m_batch.programmeOf(r).name;
        case ProviderColumn: return m_batch.programmeOf(r).provider;
        case ActionColumn: return action(r);
        default: return formatFigure(*figure, figureKind(field), true);
        }
    case Qt::TextAlignmentRole:
        return isFigure || column == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // A status is a grey word, so nobody reads it as a number.
        if (figure && !figure->isReported())
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        if (column == ActionColumn && m_duplicateRows.contains(r.row) && m_policy == DuplicatePolicy::Refuse)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (figure && !figure->isReported()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (figure) {
            const QStringList caveats = r.values.caveatsFor(field);
            return caveats.isEmpty() ? QVariant() : QVariant(caveats.join(QLatin1Char('\n')));
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("From");
    case AreaColumn: return tidyColumnLabel(QStringLiteral("area"));
    case YearColumn: return tidyColumnLabel(QStringLiteral("financial_year"));
    case CohortColumn: return tidyColumnLabel(QStringLiteral("cohort"));
    case ProgrammeColumn: return tidyColumnLabel(QStringLiteral("programme"));
    case ProviderColumn: return tidyColumnLabel(QStringLiteral("provider"));
    case ActionColumn: return tr("Import");
    default:
        if (section >= FirstFigureColumn && section < ActionColumn) {
            const FigureField field = kAllFigureFields[size_t(section - FirstFigureColumn)];
            return tidyColumnLabel(field == FigureField::Budget ? QStringLiteral("budget_gbp") : fieldKey(field));
        }
        return {};
    }
}

} // namespace dapp
