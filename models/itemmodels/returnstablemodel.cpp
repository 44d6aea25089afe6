// Presents returns, their figures, measures and flags to views; turns edits into commands.
#include "itemmodels/returnstablemodel.h"
#include "domain/areas.h"
#include "domain/lettertable.h"
#include "domain/qualityflags.h"
#include "editing/editcommand.h"
#include "editing/edits.h"
#include "itemmodels/livecomparison.h"
#include "storage/projectstore.h"

#include <QBrush>

#include <QColor>
#include <QFont>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace dapp {

namespace {
constexpr int kFirstFigureColumn = ReturnsTableModel::SelfReferredColumn;

QString html(const QString &text) { return text.toHtmlEscaped(); }
} // namespace

ReturnsTableModel::ReturnsTableModel(LiveComparison *comparison, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_comparison(comparison)
    , m_store(comparison->store())
    , m_undoStack(undoStack)
{
    connect(m_comparison, &LiveComparison::aboutToReset, this, &ReturnsTableModel::beginResetModel);
    connect(m_comparison, &LiveComparison::reset, this, &ReturnsTableModel::endResetModel);
    connect(m_comparison, &LiveComparison::rowsChanged, this, &ReturnsTableModel::onRowsChanged);
    m_unmark = new QTimer(this);
    m_unmark->setSingleShot(true);
    m_unmark->setInterval(kMarkedMilliseconds);
    connect(m_unmark, &QTimer::timeout, this, &ReturnsTableModel::clearMarks);
    connect(m_store, &ProjectStore::changedByOthers, this, &ReturnsTableModel::markChangedByOthers);
    connect(m_store, &ProjectStore::reset, this, [this] { m_markedBy.clear(); });
}

void ReturnsTableModel::markChangedByOthers(const QString &by, const ProjectData &after)
{
    // A return is marked when it, its letter or its programme changed.
    const ProjectData &project = m_store->data();
    for (auto it = project.returns.cbegin(); it != project.returns.cend(); ++it)
        if (after.returns.contains(it.key()) || after.letters.contains(it->letterId) || after.programmes.contains(it->programmeId))
            m_markedBy.insert(it.key(), by);
    if (m_markedBy.isEmpty())
        return;
    repaintMarked();
    m_unmark->start(); // the newest change keeps every mark a moment longer
}

void ReturnsTableModel::repaintMarked()
{
    // Row by row, the marked ones only: a view refreshes the open editors of the rows it is
    // told changed, and what someone is typing elsewhere must stay.
    for (auto it = m_markedBy.cbegin(); it != m_markedBy.cend(); ++it)
        if (const int row = rowOfReturn(it.key()); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
}

void ReturnsTableModel::clearMarks()
{
    const QHash<Id, QString> were = std::exchange(m_markedBy, {});
    for (auto it = were.cbegin(); it != were.cend(); ++it)
        if (const int row = rowOfReturn(it.key()); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
}

void ReturnsTableModel::onRowsChanged(const QList<int> &rows)
{
    // Repaint in place, a run of neighbouring rows at a time: selection and scrolling survive.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
        i = j + 1;
    }
}

int ReturnsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison->comparison().rows.size());
}

int ReturnsTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

std::optional<FigureField> ReturnsTableModel::fieldOfColumn(int column)
{
    if (column >= kFirstFigureColumn && column <= BudgetColumn)
        return FigureField(column - kFirstFigureColumn);
    return std::nullopt;
}

int ReturnsTableModel::columnOfField(FigureField field) { return kFirstFigureColumn + int(field); }

std::optional<MeasureId> ReturnsTableModel::measureOfColumn(int column)
{
    static constexpr MeasureId kColumns[] = {
        MeasureId::AllAcceptanceRate,    MeasureId::AllCompletionRate,    MeasureId::AllEndToEndRate,
        MeasureId::AgencyAcceptanceRate, MeasureId::AgencyCompletionRate, MeasureId::AgencyEndToEndRate,
        MeasureId::SelfAcceptanceRate,   MeasureId::SelfCompletionRate,   MeasureId::SelfEndToEndRate,
        MeasureId::CostPerReferral,      MeasureId::CostPerAcceptance,    MeasureId::CostPerCompletion,
    };
    static_assert(std::size(kColumns) == CostPerCompletionColumn - AcceptanceRateColumn + 1);
    if (column >= AcceptanceRateColumn && column <= CostPerCompletionColumn)
        return kColumns[column - AcceptanceRateColumn];
    return std::nullopt;
}

Id ReturnsTableModel::returnIdAt(int row) const
{
    const auto &rows = m_comparison->comparison().rows;
    return row >= 0 && row < rows.size() ? rows[row].returnId : 0;
}

int ReturnsTableModel::rowOfReturn(Id id) const { return m_comparison->rowOfReturn(id); }

// Caveats as the report and the charts number them: "[2] covers all crime types".
QString ReturnsTableModel::caveatLines(const QStringList &caveats) const
{
    const Comparison &c = m_comparison->comparison();
    QString lines;
    for (const QString &text : caveats) {
        const qsizetype n = c.footnotes.indexOf(text);
        lines += n < 0 ? tr("<br><b>Caveat:</b> %1").arg(html(text))
                       : tr("<br><b>Caveat [%1]:</b> %2").arg(n + 1).arg(html(text));
    }
    return lines;
}

QString ReturnsTableModel::figureToolTip(const ProgrammeReturn &r, FigureField field) const
{
    const Figure &f = r.figure(field);
    const Letter letter = m_store->data().letters.value(r.letterId);
    QString tip = tr("<b>%1</b> (question %2): %3")
                      .arg(html(fieldLabel(field)))
                      .arg(questionNumber(field))
                      .arg(f.isReported() ? html(formatFigure(f, figureKind(field)))
                                          : tr("<i>%1</i> — no number").arg(html(statusLabel(f.status))));
    if (!f.note().isEmpty())
        tip += tr("<br>Note: %1").arg(html(f.note()));
    // Only a quote with tabs is a row of a table: the letter is read for nothing else.
    const QuotedCell cell = f.quote().contains(QLatin1Char('\t'))
                                ? quotedCell(findLetterTables(letter.text), f.quote(),
                                             m_store->data().programmes.value(r.programmeId))
                                : QuotedCell{};
    if (cell.found) {
        // A row of the letter's table: its question, and this programme's cell of it.
        tip += tr("<br>Quote: “%1” — %2: <b>%3</b>").arg(html(cell.question), html(cell.heading), html(cell.cell));
    } else if (!f.quote().isEmpty()) {
        tip += tr("<br>Quote: “%1”").arg(html(f.quote()));
    }
    tip += caveatLines(r.caveatsFor(field));
    QString source = letter.foiReference.isEmpty() ? letterKindLabel(letter.kind) : letter.foiReference;
    if (!letter.issuingBody.isEmpty())
        source += QStringLiteral(", ") + letter.issuingBody;
    if (letter.responseDate.isValid())
        source += tr(", response of %1").arg(letter.responseDate.toString(Qt::ISODate));
    tip += tr("<br>Source: %1").arg(html(source));
    return tip;
}

QVariant ReturnsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectData &project = m_store->data();
    const ComparisonRow &row = m_comparison->comparison().rows[index.row()];
    // A sort asks every row n log n times: a figure's sort value comes from the comparison row
    // alone, without looking up its letter and programme (101,050 returns: 2.2 s before, 0.3 s).
    if (role == SortRole) {
        if (const auto field = fieldOfColumn(index.column())) {
            const Figure &f = row.figures[size_t(*field)];
            return f.isReported() ? QVariant(f.value) : QVariant();
        }
    }
    // A view may ask between a change in the store and this model hearing of it.
    const auto found = project.returns.constFind(row.returnId);
    if (found == project.returns.cend())
        return {};
    const ProgrammeReturn &r = *found;
    const Letter letter = project.letters.value(r.letterId);
    const Programme programme = project.programmes.value(r.programmeId);
    const int column = index.column();

    switch (role) {
    case ReturnIdRole: return r.id;
    case LetterIdRole: return r.letterId;
    case AreaCodeRole: return letter.areaCode;
    case SearchTextRole: {
        QStringList parts{letter.text, letter.foiReference, letter.issuingBody, r.referrers.join(QLatin1Char('\n'))};
        for (const Funder &f : r.funders)
            parts << f.name;
        for (const Caveat &c : r.caveats)
            parts << c.text;
        for (const Figure &f : r.figures)
            parts << f.note() << f.quote();
        return parts.join(QLatin1Char('\n'));
    }
    default: break;
    }

    if (role == Qt::BackgroundRole && m_markedBy.contains(r.id))
        return QBrush(QColor(0xcf, 0xe8, 0xfc)); // light blue: not the amber of "needs a look"

    if (const auto field = fieldOfColumn(column)) {
        const Figure &f = row.figures[size_t(*field)];
        const FigureKind kind = figureKind(*field);
        switch (role) {
        case Qt::DisplayRole: return formatFigure(f, kind, true);
        case Qt::EditRole: return f.isReported() ? formatFigure(f, kind) : statusWord(f.status);
        case Qt::ToolTipRole: return figureToolTip(r, *field);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(f.isReported() ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter);
        case Qt::ForegroundRole: return f.isReported() ? QVariant() : QBrush(QColor(0x70, 0x70, 0x70));
        case Qt::FontRole: {
            if (f.isReported())
                return {};
            QFont font;
            font.setItalic(true);
            return font;
        }
        case FigureStatusRole: return int(f.status);
        case IsMissingRole: return !f.isReported();
        // Only a caveat that names this figure marks it; the whole return's mark the programme.
        case HasCaveatRole: return !r.caveatsNaming(*field).isEmpty();
        case SortRole: return f.isReported() ? QVariant(f.value) : QVariant();
        default: return {};
        }
    }

    if (const auto measureId = measureOfColumn(column)) {
        const Measure m = row.measures.value(*measureId);
        switch (role) {
        case Qt::DisplayRole: return formatMeasure(m, *measureId);
        case Qt::ToolTipRole: {
            QString tip = QStringLiteral("<b>%1</b>: ").arg(html(measureLabel(*measureId)));
            tip += m.value ? html(formatMeasure(m, *measureId)) : tr("missing — %1").arg(html(m.reason));
            return tip + caveatLines(m.caveats);
        }
        case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole: return m.value ? QVariant() : QBrush(QColor(0x70, 0x70, 0x70));
        case IsMissingRole: return !m.value.has_value();
        case HasCaveatRole: {
            const QStringList wide = r.wholeReturnCaveats();
            return std::any_of(m.caveats.cbegin(), m.caveats.cend(), [&](const QString &c) { return !wide.contains(c); });
        }
        case SortRole: return m.value ? QVariant(*m.value) : QVariant();
        default: return {};
        }
    }

    if (column == FlagsColumn) {
        const QList<QualityFlag> &flags = row.flags;
        switch (role) {
        case Qt::DisplayRole: return flags.isEmpty() ? QVariant() : QVariant(QStringLiteral("⚠ %1").arg(flags.size()));
        case SortRole: return flags.isEmpty() ? QVariant() : QVariant(int(flags.size())); // 10 after 2
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const QualityFlag &f : flags)
                lines << html(f.message);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QStringLiteral("<br>")));
        }
        case Qt::ForegroundRole: return flags.isEmpty() ? QVariant() : QBrush(QColor(0xb0, 0x50, 0x00));
        default: return {};
        }
    }

    if (column == ProgrammeColumn && role == HasCaveatRole)
        return !r.wholeReturnCaveats().isEmpty();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case AreaColumn:
        if (role == Qt::ToolTipRole)
            return letter.areaCode;
        return Areas::nameOf(letter.areaCode);
    case ProgrammeColumn: {
        if (role != Qt::ToolTipRole)
            return programme.name;
        QString tip = QStringLiteral("<b>%1</b>").arg(html(programme.name));
        const std::pair<QString, QString> details[] = {
            {tr("Scope"), programme.scope},       {tr("Risk level"), programme.riskLevel},
            {tr("Audience"), programme.audience}, {tr("Coverage"), programme.coverage},
            {tr("Evaluation"), programme.evaluationUrl}};
        for (const auto &[label, value] : details)
            if (!value.isEmpty())
                tip += QStringLiteral("<br>%1: %2").arg(label, html(value));
        const QStringList whole = r.wholeReturnCaveats();
        if (!whole.isEmpty())
            tip += tr("<br>Of the whole return:") + caveatLines(whole);
        return tip;
    }
    case ProviderColumn: return role == Qt::ToolTipRole ? QVariant() : QVariant(programme.provider);
    case CohortColumn: return role == Qt::ToolTipRole ? QVariant() : QVariant(cohortLabel(letter.cohort));
    case YearColumn: return role == Qt::ToolTipRole ? QVariant() : QVariant(letter.financialYear);
    default: return {};
    }
}

QVariant ReturnsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (const auto field = fieldOfColumn(section))
            return tr("%1 — answer to question %2").arg(fieldLabel(*field)).arg(questionNumber(*field));
        if (const auto m = measureOfColumn(section))
            return measureLabel(*m);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    // Figure headings on two lines ("Self" over "referred") keep the numbers' columns narrow.
    if (const auto field = fieldOfColumn(section))
        return fieldLabel(*field).replace(QLatin1Char(' '), QLatin1Char('\n'));
    switch (section) {
    case AreaColumn: return tr("Area");
    case ProgrammeColumn: return tr("Programme");
    case ProviderColumn: return tr("Provider");
    case CohortColumn: return tr("Cohort");
    case YearColumn: return tr("Year");
    case AcceptanceRateColumn: return tr("Acceptance");
    case CompletionRateColumn: return tr("Completion");
    case EndToEndRateColumn: return tr("End to\nend");
    case AgencyAcceptanceRateColumn: return tr("Acceptance\n(agency)");
    case AgencyCompletionRateColumn: return tr("Completion\n(agency)");
    case AgencyEndToEndRateColumn: return tr("End to end\n(agency)");
    case SelfAcceptanceRateColumn: return tr("Acceptance\n(self)");
    case SelfCompletionRateColumn: return tr("Completion\n(self)");
    case SelfEndToEndRateColumn: return tr("End to end\n(self)");
    case CostPerReferralColumn: return tr("Cost per\nreferral");
    case CostPerAcceptanceColumn: return tr("Cost per\nacceptance");
    case CostPerCompletionColumn: return tr("Cost per\ncompletion");
    case FlagsColumn: return tr("Flags");
    default: return {};
    }
}

bool ReturnsTableModel::setFigureTexts(const QList<CellText> &cells, QString *error)
{
    if (!m_store->canChange()) {
        *error = m_store->readOnlyReason();
        return false;
    }
    QMap<Id, ProgrammeReturn> updated;
    int changed = 0;
    for (const CellText &cell : cells) {
        const bool inTable = cell.index.isValid() && cell.index.model() == this;
        const QString where = tr("Row %1, column %2").arg(cell.blockRow + 1).arg(cell.blockColumn + 1);
        const int column = inTable ? cell.index.column() : -1;
        if (column < SelfReferredColumn || column > BudgetColumn) {
            *error = tr("%1: only figures (the six counts and the budget) can be pasted or cleared; “%2” is not one.")
                         .arg(where, inTable ? headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'),
                                                                                                     QLatin1Char(' '))
                                             : tr("outside the table"));
            return false;
        }
        const FigureField field = FigureField(column - SelfReferredColumn);
        const FigureParse parsed = parseFigure(cell.text, figureKind(field));
        if (!parsed.figure) {
            *error = tr("%1 (%2): %3").arg(where, fieldLabel(field), parsed.error);
            return false;
        }
        const Id rid = returnIdAt(cell.index.row());
        auto it = updated.find(rid);
        if (it == updated.end())
            it = updated.insert(rid, m_store->data().returns.value(rid));
        Figure &target = it->figure(field);
        if (target.status == parsed.figure->status && target.value == parsed.figure->value)
            continue;
        target.status = parsed.figure->status;
        target.value = parsed.figure->value; // note and quote stay with the cell
        ++changed;
    }
    if (changed > 0)
        m_undoStack->push(updateReturnsCommand(m_store, updated.values(), changed == 1 ? tr("Set 1 figure") : tr("Set %1 figures").arg(changed)).release());
    return true;
}

Qt::ItemFlags ReturnsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_store->canChange()) // a viewer on a team database changes nothing
        return f;
    if (fieldOfColumn(index.column()) || index.column() == ProgrammeColumn || index.column() == ProviderColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReturnsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != EditFromSeenRole)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Id rid = returnIdAt(index.row());
    const ProgrammeReturn r = m_store->data().returns.value(rid);
    const QString text = role == EditFromSeenRole ? value.toStringList().value(0) : value.toString();
    if (const auto field = fieldOfColumn(index.column())) {
        const FigureParse parsed = parseFigure(text, figureKind(*field));
        if (!parsed.figure)
            return false;
        Figure updated = *parsed.figure;
        const Figure &old = r.figure(*field);
        if (role == EditFromSeenRole) {
            const FigureParse seen = parseFigure(value.toStringList().value(1), figureKind(*field));
            if (seen.figure && seen.figure->status == updated.status && seen.figure->value == updated.value)
                return true; // the editor closed on what it started from: nothing typed, nothing to refuse
            if (seen.figure && (seen.figure->status != old.status || seen.figure->value != old.value)) {
                // The figure changed under the editor (someone else's change arrived): made
                // over what was seen, the edit is refused by the store with who and what.
                ProgrammeReturn asSeen = r;
                asSeen.figure(*field).status = seen.figure->status;
                asSeen.figure(*field).value = seen.figure->value;
                ProgrammeReturn mine = r;
                updated.setNote(old.note());
                updated.setQuote(old.quote());
                updated.setQuoteRange(old.quoteRange());
                mine.figure(*field) = updated;
                ProjectData before, after;
                before.returns.insert(rid, asSeen);
                after.returns.insert(rid, mine);
                m_undoStack->push(new EditCommand(m_store, tr("Set %1").arg(fieldLabel(*field).toLower()), before, after));
                return false;
            }
        }
        if (updated.status == old.status && updated.value == old.value)
            return true; // nothing to record on the undo stack
        // The provenance stays with the cell: a corrected number keeps the quote it came from,
        // and where it stands in the letter.
        updated.setNote(old.note());
        updated.setQuote(old.quote());
        updated.setQuoteRange(old.quoteRange());
        m_undoStack->push(setFigureCommand(m_store, rid, *field, updated).release());
        return true;
    }
    if (index.column() == ProgrammeColumn || index.column() == ProviderColumn) {
        Programme p = m_store->data().programmes.value(r.programmeId);
        QString &target = index.column() == ProgrammeColumn ? p.name : p.provider;
        const QString trimmedText = text.trimmed();
        if (trimmedText == target || (index.column() == ProgrammeColumn && trimmedText.isEmpty()))
            return trimmedText == target;
        target = trimmedText;
        m_undoStack->push(updateProgrammeCommand(m_store, p).release());
        return true;
    }
    return false;
}

} // namespace dapp
