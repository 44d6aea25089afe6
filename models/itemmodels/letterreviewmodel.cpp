// The review table of an extracted letter: see letterreviewmodel.h.
#include "itemmodels/letterreviewmodel.h"
#include "domain/areas.h"
#include "domain/financialyear.h"
#include "domain/letterdate.h"
#include "interchange/areamatch.h"
#include "interchange/listfield.h"
#include "interchange/tidyimport.h"

#include <QBrush>
#include <QColor>

namespace dapp {

namespace {
QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
} // namespace

LetterReviewModel::LetterReviewModel(LetterExtraction extraction, QObject *parent)
    : QAbstractTableModel(parent)
    , m_extraction(std::move(extraction))
{
    for (Kind k : {Kind::Area, Kind::IssuingBody, Kind::Reference, Kind::RequestReceived, Kind::ResponseDate,
                   Kind::FinancialYear, Kind::Cohort})
        m_rows << Row{k};
    for (int p = 0; p < m_extraction.returns.size(); ++p) {
        m_rows << Row{Kind::ProgrammeName, p} << Row{Kind::Provider, p};
        for (FigureField f : kAllFigureFields)
            m_rows << Row{Kind::FigureValue, p, f};
        m_rows << Row{Kind::Referrers, p} << Row{Kind::Funders, p};
    }
    for (int c = 0; c < m_extraction.contextFigures.size(); ++c)
        m_rows << Row{Kind::ContextValue, c};
}

int LetterReviewModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int LetterReviewModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

Evidence &LetterReviewModel::evidenceOf(const Row &row)
{
    return const_cast<Evidence &>(std::as_const(*this).evidenceOf(row));
}

const Evidence &LetterReviewModel::evidenceOf(const Row &row) const
{
    const LetterExtraction &x = m_extraction;
    switch (row.kind) {
    case Kind::Area: return x.area;
    case Kind::IssuingBody: return x.issuingBody;
    case Kind::Reference: return x.foiReference;
    case Kind::RequestReceived: return x.requestReceived;
    case Kind::ResponseDate: return x.responseDate;
    case Kind::FinancialYear: return x.financialYear;
    case Kind::Cohort: return x.cohort;
    case Kind::ProgrammeName: return x.returns.at(row.proposal).programmeEvidence;
    case Kind::Provider: return x.returns.at(row.proposal).providerEvidence;
    case Kind::FigureValue: return x.returns.at(row.proposal).figure(row.field);
    case Kind::Referrers: return x.returns.at(row.proposal).referrers;
    case Kind::Funders: return x.returns.at(row.proposal).funders;
    case Kind::ContextValue: return x.contextFigures.at(row.proposal).evidence;
    }
    return x.area;
}

QString LetterReviewModel::fieldName(const Row &row) const
{
    switch (row.kind) {
    case Kind::Area: return tr("Area");
    case Kind::IssuingBody: return tr("Issuing body");
    case Kind::Reference: return tr("FOI reference");
    case Kind::RequestReceived: return tr("Request received");
    case Kind::ResponseDate: return tr("Response date");
    case Kind::FinancialYear: return tr("Financial year");
    case Kind::Cohort: return tr("Cohort");
    case Kind::ProgrammeName: return tr("Programme");
    case Kind::Provider: return tr("Provider");
    case Kind::FigureValue: return tr("Q%1 %2").arg(questionNumber(row.field)).arg(fieldLabel(row.field));
    case Kind::Referrers: return tr("Q8 Referrers");
    case Kind::Funders: return tr("Q9 Funders");
    case Kind::ContextValue: {
        const ContextFigure &c = m_extraction.contextFigures.at(row.proposal).figure;
        return tr("%1 (%2)").arg(c.label, c.period);
    }
    }
    return {};
}

QString LetterReviewModel::valueText(const Row &row) const
{
    const Letter &l = m_extraction.letter;
    switch (row.kind) {
    case Kind::Area: return Areas::interchangeName(l.areaCode);
    case Kind::IssuingBody: return l.issuingBody;
    case Kind::Reference: return l.foiReference;
    case Kind::RequestReceived: return dateText(l.requestReceived);
    case Kind::ResponseDate: return dateText(l.responseDate);
    case Kind::FinancialYear: return l.financialYear;
    case Kind::Cohort: return cohortKey(l.cohort);
    case Kind::ContextValue: {
        const ContextFigure &c = m_extraction.contextFigures.at(row.proposal).figure;
        return formatFigure(c.figure, c.kind);
    }
    default: break;
    }
    const ProposedReturn &p = m_extraction.returns.at(row.proposal);
    switch (row.kind) {
    case Kind::ProgrammeName: return p.programme.name;
    case Kind::Provider: return p.programme.provider;
    case Kind::FigureValue: return formatFigure(p.values.figure(row.field), figureKind(row.field));
    case Kind::Referrers: return joinListField(p.values.referrers);
    case Kind::Funders: {
        QStringList funders;
        for (const Funder &f : p.values.funders)
            funders << formatFunder(f);
        return joinListField(funders);
    }
    default: return {};
    }
}

QVariant LetterReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Evidence &e = evidenceOf(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ProgrammeColumn:
            if (row.kind == Kind::ContextValue)
                return tr("About the area");
            return row.proposal >= 0 ? m_extraction.returns.at(row.proposal).programme.name : tr("Letter");
        case FieldColumn: return fieldName(row);
        case ValueColumn: return valueText(row);
        case ConfidenceColumn: return e.certain() ? tr("certain") : tr("needs a look");
        }
        return {};
    case Qt::ToolTipRole:
        if (!e.certain())
            return tr("Needs a look: %1").arg(e.why.isEmpty() ? tr("the reader was not sure") : e.why);
        return e.quote.isEmpty() ? QVariant() : QVariant(tr("From the letter: “%1”").arg(e.quote.simplified().left(300)));
    case Qt::BackgroundRole:
        // Amber for what the analyst must look at: it stands out in the table as in the letter.
        return e.certain() ? QVariant() : QVariant(QBrush(QColor(255, 224, 150)));
    case NeedsLookRole: return !e.certain();
    case QuoteStartRole: return qlonglong(e.range.start);
    case QuoteLengthRole: return qlonglong(e.range.length);
    default: return {};
    }
}

bool LetterReviewModel::setValueText(const Row &row, const QString &text, QString *why)
{
    Letter &l = m_extraction.letter;
    const QString t = text.trimmed();
    switch (row.kind) {
    case Kind::Area: {
        const AreaMatch m = matchArea(t);
        if (m.code.isEmpty()) {
            *why = areaRefusal(t, m);
            return false;
        }
        l.areaCode = m.code;
        for (ProposedReturn &p : m_extraction.returns)
            p.programme.areaCode = m.code;
        return true;
    }
    case Kind::IssuingBody: l.issuingBody = t; return true;
    case Kind::Reference: l.foiReference = t; return true;
    case Kind::RequestReceived:
    case Kind::ResponseDate: {
        const LetterDateParse d = parseLetterDate(t);
        if (!d.error.isEmpty()) {
            *why = d.error;
            return false;
        }
        (row.kind == Kind::RequestReceived ? l.requestReceived : l.responseDate) = d.date;
        return true;
    }
    case Kind::FinancialYear: {
        const FinancialYearParse y = parseFinancialYear(t);
        if (!y.error.isEmpty() || y.year.isEmpty()) {
            *why = y.error.isEmpty() ? tr("a return needs its financial year (2022/23)") : y.error;
            return false;
        }
        l.financialYear = y.year;
        return true;
    }
    case Kind::Cohort: {
        const std::optional<Cohort> c = parseCohort(t);
        if (!c) {
            *why = tr("“%1” is not a cohort: write male, female or all").arg(t);
            return false;
        }
        l.cohort = *c;
        return true;
    }
    case Kind::ContextValue: {
        ContextFigure &c = m_extraction.contextFigures[row.proposal].figure;
        const FigureParse parsed = parseFigure(t, c.kind);
        if (!parsed.figure) {
            *why = parsed.error;
            return false;
        }
        if (c.figure.status != parsed.figure->status)
            c.figure.setNote(QString());
        c.figure.status = parsed.figure->status;
        c.figure.value = parsed.figure->value;
        return true;
    }
    default: break;
    }
    ProposedReturn &p = m_extraction.returns[row.proposal];
    switch (row.kind) {
    case Kind::ProgrammeName:
        if (t.isEmpty()) {
            *why = tr("a programme needs a name");
            return false;
        }
        p.programme.name = t;
        return true;
    case Kind::Provider: p.programme.provider = t; return true;
    case Kind::FigureValue: {
        const FigureParse parsed = parseFigure(t, figureKind(row.field));
        if (!parsed.figure) {
            *why = parsed.error;
            return false;
        }
        // The analyst's value, with the letter's quote and its place kept as its source.
        Figure &f = p.values.figure(row.field);
        // A note the reader wrote for another status ("withheld under section 40", "see answer
        // to question 2") would travel with a number it no longer explains.
        if (f.status != parsed.figure->status)
            f.setNote(QString());
        f.status = parsed.figure->status;
        f.value = parsed.figure->value;
        return true;
    }
    case Kind::Referrers: p.values.referrers = splitListField(t); return true;
    case Kind::Funders: {
        QList<Funder> funders;
        for (const QString &item : splitListField(t))
            funders << parseFunderText(item);
        p.values.funders = funders;
        return true;
    }
    default: return false;
    }
}

bool LetterReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ValueColumn || index.row() >= m_rows.size())
        return false;
    const Row row = m_rows.at(index.row());
    QString why;
    if (!setValueText(row, value.toString(), &why)) {
        emit editRefused(why);
        return false;
    }
    // Edited by the analyst: checked, whatever the reader thought of it.
    Evidence &e = evidenceOf(row);
    e.confidence = Confidence::Certain;
    e.why.clear();
    everyRowChanged(); // a programme's name, the area, and shared evidence show on other rows too
    return true;
}

Qt::ItemFlags LetterReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant LetterReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgrammeColumn: return tr("Programme");
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Proposed value");
    case ConfidenceColumn: return tr("Confidence");
    }
    return {};
}

void LetterReviewModel::markChecked(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Evidence &e = evidenceOf(m_rows.at(row));
    if (e.certain())
        return;
    e.confidence = Confidence::Certain;
    e.why.clear();
    everyRowChanged(); // the programme's name and provider share their evidence
}

void LetterReviewModel::everyRowChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LetterReviewModel::nextNeedingALook(int row, bool backwards) const
{
    const int n = int(m_rows.size());
    for (int step = 1; step <= n; ++step) {
        const int r = ((backwards ? row - step : row + step) % n + n) % n;
        if (!evidenceOf(m_rows.at(r)).certain())
            return r;
    }
    return -1;
}

int LetterReviewModel::needingALookCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += evidenceOf(row).certain() ? 0 : 1;
    return count;
}

} // namespace dapp
