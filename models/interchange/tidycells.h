// The cells of a tidy sheet read as what they say: areas, years, cohorts, dates, figures and the
// lists of referrers, funders and caveats, each distinct text of a column read once, with the
// problems it causes. tidyimport.cpp reads the rows with them.
#pragma once

#include "domain/entities.h"
#include "domain/figure.h"
#include "domain/letterdate.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace dapp {

// `text` as a string that points at it, to look it up in a hash of strings without copying it
// (Qt 6.4's QHash looks up only by its own key type). Never kept: it lives only as long as the
// text it points at.
inline QString lookupKey(QStringView text) { return QString::fromRawData(text.data(), text.size()); }

// Each distinct text of a column parsed once. Most of a large sheet's cells repeat (areas,
// years, status words, lists of referrers), so a row then costs a hash lookup a cell, not a
// parse, and a cell that repeats the one above it (rows are often sorted) not even that. The
// problems a text causes are part of what is remembered and are reported again for every row
// that has it. A column of mostly distinct texts (budgets, links) stops being remembered at
// kMaxTexts, and its further texts are parsed cell by cell, as before.
template <typename Parsed>
class ParsedTexts
{
public:
    // What `parse(text)` gives; the reference holds until the next call. `text` is a cell's
    // place in its sheet: it is copied only when it is new.
    template <typename Parse>
    const Parsed &get(QStringView text, const Parse &parse)
    {
        if (m_last && text == m_lastText)
            return *m_last;
        // m_last is set anew with each insertion, which may move the hash's other values.
        if (const auto it = m_parsed.constFind(lookupKey(text)); it != m_parsed.cend()) {
            m_last = &*it;
            m_lastText = it.key();
        } else if (m_parsed.size() < kMaxTexts) {
            const QString own = text.toString();
            const auto inserted = m_parsed.insert(own, parse(own));
            m_last = &*inserted;
            m_lastText = inserted.key();
        } else {
            m_lastText = text.toString();
            m_unremembered = parse(m_lastText);
            m_last = &m_unremembered;
        }
        return *m_last;
    }

private:
    static constexpr qsizetype kMaxTexts = 4096;
    QHash<QString, Parsed> m_parsed;
    Parsed m_unremembered;
    const Parsed *m_last = nullptr; // what the last call gave, for m_lastText
    QString m_lastText;
};

// An area cell read: its code; or the error that refuses it; and the warning that says a
// variant was read as an area.
struct AreaCell
{
    QString code;
    std::optional<QString> error, warning;
};

struct YearCell
{
    QString year; // canonical, shared
    std::optional<QString> error;
};

struct CohortCell
{
    std::optional<Cohort> cohort;
    QString error; // when there is no cohort
};

struct FundersCell
{
    QList<Funder> funders;
    QString problem; // the list's, empty when none
};

struct CaveatsCell
{
    QList<Caveat> caveats;
    QStringList warnings; // one for each caveat kept whole, in order
};

// What all rows of a sheet (or of one half of it, on its thread) share: one copy of each
// repeated text, and the texts already read.
class TidyCells
{
public:
    // The one copy of a text many rows repeat (a year, a provider, a referrer): 100,000 rows
    // then hold a few hundred strings, not a million.
    QString shared(QStringView text)
    {
        if (text.isEmpty())
            return QString();
        const auto it = m_pool.constFind(lookupKey(text));
        if (it != m_pool.constEnd())
            return *it;
        return *m_pool.insert(text.toString());
    }

    const AreaCell &area(QStringView text) { return m_areas.get(text, readAreaCell); }
    const YearCell &year(QStringView text)
    {
        return m_years.get(text, [this](const QString &t) { return readYearCell(t); });
    }
    const CohortCell &cohort(QStringView text) { return m_cohorts.get(text, readCohortCell); }
    const LetterDateParse &responseDate(QStringView text) { return m_dates.get(text, parseLetterDate); }
    const FigureParse &figure(FigureField field, QStringView text)
    {
        return m_figures[size_t(field)].get(text, [field](const QString &t) { return parseFigure(t, figureKind(field), true); });
    }
    const QStringList &referrers(QStringView text)
    {
        return m_referrers.get(text, [this](const QString &t) { return readReferrers(t); });
    }
    const FundersCell &funders(QStringView text)
    {
        return m_funders.get(text, [this](const QString &t) { return readFunders(t); });
    }
    const CaveatsCell &caveats(QStringView text)
    {
        return m_caveats.get(text, [this](const QString &t) { return readCaveats(t); });
    }

private:
    static AreaCell readAreaCell(const QString &text);
    YearCell readYearCell(const QString &text);
    static CohortCell readCohortCell(const QString &text);
    QStringList readReferrers(const QString &text);
    FundersCell readFunders(const QString &text);
    CaveatsCell readCaveats(const QString &text);

    QSet<QString> m_pool;
    ParsedTexts<AreaCell> m_areas;
    ParsedTexts<YearCell> m_years;
    ParsedTexts<CohortCell> m_cohorts;
    ParsedTexts<LetterDateParse> m_dates;
    std::array<ParsedTexts<FigureParse>, kAllFigureFields.size()> m_figures;
    ParsedTexts<QStringList> m_referrers;
    ParsedTexts<FundersCell> m_funders;
    ParsedTexts<CaveatsCell> m_caveats;
};

// "male", "Males", "M", "men" → Male; "female", "F", "women" → Female; "all", "both", "mixed" → All.
std::optional<Cohort> parseCohort(const QString &text);
// "SafeLives (40%)", "OPCC (£91,075)", "Home Office (£5,000, 25%)": as formatFunder writes them.
Funder parseFunderText(const QString &text);
// "covers all crime types [self_referred agency_referred]": as formatCaveat writes it; nullopt
// when the brackets name something that is not a figure.
std::optional<Caveat> parseCaveatText(const QString &text);

} // namespace dapp
