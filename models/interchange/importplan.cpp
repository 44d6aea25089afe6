// Matching rows to the project's letters, programmes and returns.
#include "interchange/importplan.h"
#include "domain/areas.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <initializer_list>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
};

// The texts joined by a separator no cell holds, into one string made once (keys are made a row).
QString joinedKey(std::initializer_list<QString> parts)
{
    qsizetype size = qsizetype(parts.size()) - 1;
    for (const QString &part : parts)
        size += part.size();
    QString key;
    key.reserve(size);
    for (const QString &part : parts) {
        if (&part != parts.begin())
            key += QChar(0x1f);
        key += part;
    }
    return key;
}

QString letterKey(const Letter &l) { return joinedKey({l.areaCode, l.financialYear, cohortKey(l.cohort), l.foiReference}); }
QString programmeKey(const Programme &p) { return joinedKey({p.areaCode, p.name, p.provider}); }

// A name with what does not tell one organisation from another left out: case, punctuation,
// "Ltd", "CIC", "the". "GLOW Ltd" and "Glow" fold alike; they are suggested, never merged.
QString foldName(const QString &name)
{
    QString s = QLatin1Char(' ') + name.toLower() + QLatin1Char(' ');
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    s.replace(nonWord, QStringLiteral(" "));
    s = QLatin1Char(' ') + s.simplified() + QLatin1Char(' ');
    for (const QString &word : {QStringLiteral(" ltd "), QStringLiteral(" limited "), QStringLiteral(" cic "),
                                QStringLiteral(" the "), QStringLiteral(" uk "), QStringLiteral(" plc "),
                                QStringLiteral(" charity "), QStringLiteral(" trust ")})
        while (s.contains(word))
            s.replace(word, QStringLiteral(" "));
    return s.simplified();
}
// A return the import replaces: the row's figures and lists, in the old one's place. What the
// row gives as it was keeps the quote of the letter that backs it (and its note, unless the
// row gives one); what the row changes loses its quote, which no longer says it.
ProgrammeReturn replacedBy(const ProgrammeReturn &old, const ProgrammeReturn &row)
{
    ProgrammeReturn updated = row;
    updated.id = old.id;
    updated.letterId = old.letterId;
    updated.programmeId = old.programmeId;
    for (FigureField field : kAllFigureFields) {
        const Figure &was = old.figure(field);
        Figure &now = updated.figure(field);
        if (now.status != was.status || now.value != was.value)
            continue;
        const QString note = now.note.isEmpty() ? was.note : now.note;
        now = was;
        now.note = note;
    }
    updated.referrersQuote = updated.referrers == old.referrers ? old.referrersQuote : QString();
    updated.fundersQuote = updated.funders == old.funders ? old.fundersQuote : QString();
    return updated;
}
// Whether two folded names are one name with a slip in it: the same but for one or two letters in
// one place ("changes programme", "changes program"; "keys projects", "keys project"), in names
// long enough for that to be a slip. Digits ("phase 1", "phase 2") and whole words ("dapp north",
// "dapp south") tell programmes apart, so they never count as a slip. A look along the two
// names, no more: an import of thousands of names into a project of thousands stays quick.
bool slipApart(const QString &a, const QString &b)
{
    if (std::min(a.size(), b.size()) < 8 || std::abs(a.size() - b.size()) > 2)
        return false;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const QStringView onlyA = QStringView(a).sliced(prefix, a.size() - prefix - suffix);
    const QStringView onlyB = QStringView(b).sliced(prefix, b.size() - prefix - suffix);
    const auto letters = [](QStringView v) { return std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.isLetter(); }); };
    return onlyA.size() <= 2 && onlyB.size() <= 2 && letters(onlyA) && letters(onlyB);
}

// The plan made one imported return at a time.
class Planner
{
public:
    Planner(const ProjectData &project, const ImportBatch &batch, DuplicatePolicy policy, ProjectStore &ids)
        : m_project(project)
        , m_batch(batch)
        , m_policy(policy)
        , m_ids(ids)
    {
        for (const Letter &l : project.letters)
            m_letters.insert(letterKey(l), l.id);
        for (const Programme &p : project.programmes)
            m_programmes.insert(programmeKey(p), p.id);
        for (const ProgrammeReturn &r : project.returns)
            m_returns.insert(returnKey(project.letters.value(r.letterId), project.programmes.value(r.programmeId)), r.id);
        for (const Programme &p : project.programmes) {
            if (!p.provider.isEmpty())
                know(m_knownProviders[p.areaCode], p.provider);
            know(m_knownProgrammes[p.areaCode], p.name);
        }
        // Only the returns a later one repeats are remembered: most files have none.
        for (const ImportedReturn &row : batch.returns)
            if (row.sameAs >= 0)
                m_repeated.insert(row.sameAs);
    }

    ImportPlan take() { return std::move(m_plan); }

    void add(qsizetype index)
    {
        const ImportedReturn &row = m_batch.returns.at(index);
        const ImportedReturn *earlierRow = row.sameAs >= 0 ? &m_batch.returns.at(row.sameAs) : nullptr;
        const auto earlier = earlierRow ? m_plan.after.returns.constFind(m_returnOf.value(row.sameAs)) : m_plan.after.returns.cend();
        if (earlierRow && !repeatOf(row, *earlierRow, earlier))
            return;
        // A return kept beside an earlier one of its file was matched with the project by that one.
        if (!earlierRow && !newToTheProject(row, index))
            return;
        const Id letterId = letterFor(row);
        // A return kept beside an earlier one belongs to its programme, however its names are
        // written ("twice" beside "Twice").
        const Id programmeId = earlier != m_plan.after.returns.cend() ? agreedProgramme(row, earlier->programmeId)
                                                                      : programmeFor(row);
        ProgrammeReturn r = row.values;
        r.id = m_ids.allocateReturnId();
        r.letterId = letterId;
        r.programmeId = programmeId;
        // New ids only grow: the hint puts each at the end of the map without searching it.
        m_plan.after.returns.insert(m_plan.after.returns.cend(), r.id, r);
        remember(index, r.id);
        ++m_plan.added;
    }

private:
    struct KnownName
    {
        QString folded;
        QString name;
    };

    static void know(QList<KnownName> &names, const QString &name)
    {
        if (std::none_of(names.cbegin(), names.cend(), [&](const KnownName &k) { return k.name == name; }))
            names.append({foldName(name), name});
    }

    // "row 7" in a tidy sheet, "column 4" in a letter table (one programme a column).
    static QString placeOf(const ImportedReturn &row)
    {
        return row.row > 0 ? T::tr("row %1").arg(row.row) : T::tr("column %1").arg(row.column);
    }

    // A problem of `row`, at its row (tidy) or its column (letter table); `column` is the tidy
    // column's key, named only where the sheet has such a column.
    ImportProblem problemAt(const ImportedReturn &row, ImportProblem::Severity severity, const QString &column = {}) const
    {
        ImportProblem p;
        p.severity = severity;
        p.file = m_batch.file;
        p.sheet = m_batch.sheet;
        p.row = row.row;
        if (row.row > 0 && !column.isEmpty())
            p.column = tidyColumnLabel(column);
        if (row.row == 0)
            p.columnNumber = row.column;
        return p;
    }

    ImportProblem::Severity duplicateSeverity() const
    {
        return m_policy == DuplicatePolicy::Refuse ? ImportProblem::Severity::Error : ImportProblem::Severity::Warning;
    }

    void remember(qsizetype index, Id id)
    {
        if (!m_repeated.isEmpty() && m_repeated.contains(index))
            m_returnOf.insert(index, id);
    }

    // A return an earlier one of the same file repeats, handled as the user chose; true when it
    // is to be added beside that one.
    bool repeatOf(const ImportedReturn &row, const ImportedReturn &earlierRow, QMap<Id, ProgrammeReturn>::const_iterator earlier)
    {
        ImportProblem p = problemAt(row, duplicateSeverity());
        const QString same = T::tr("the same return (area, programme, provider, year and cohort) as %1").arg(placeOf(earlierRow));
        switch (m_policy) {
        case DuplicatePolicy::Refuse:
            p.message = T::tr("%1; choose to skip, replace or keep both").arg(same);
            break;
        case DuplicatePolicy::Skip:
            p.message = T::tr("%1; skipped").arg(same);
            ++m_plan.skipped;
            break;
        case DuplicatePolicy::Replace:
            p.message = T::tr("%1; its figures and lists replace that one's").arg(same);
            if (earlier != m_plan.after.returns.cend()) {
                const Id id = earlier.key();
                // What the letter's quotes back is judged against the project's return, when the
                // earlier one replaced it, not against the earlier row's figures.
                const ProgrammeReturn base = m_plan.before.returns.value(id, *earlier);
                // The letter and programme are the earlier one's: what this one says of them
                // must agree with it.
                agreeOnLetter(row, earlier->letterId, true);
                agreedProgramme(row, earlier->programmeId);
                m_plan.after.returns[id] = replacedBy(base, row.values);
            }
            break;
        case DuplicatePolicy::KeepBoth:
            p.message = T::tr("%1; both are kept").arg(same);
            break;
        }
        m_plan.problems << p;
        return m_policy == DuplicatePolicy::KeepBoth;
    }

    // A return the project does not have yet, or one it has handled as the user chose; true when
    // it is to be added.
    bool newToTheProject(const ImportedReturn &row, qsizetype index)
    {
        // A project with no returns (a new one) has none to find: no key is made for it.
        const auto existing = m_returns.isEmpty() ? m_returns.constEnd() : m_returns.constFind(returnKey(row.letter, row.programme));
        if (existing == m_returns.constEnd() || !m_project.returns.contains(*existing))
            return true;
        m_plan.duplicates.append({row.row, *existing});
        ImportProblem p = problemAt(row, duplicateSeverity());
        QString which = T::tr("%1 · %2 (%3, %4)")
                            .arg(Areas::nameOf(row.letter.areaCode), row.programme.name, row.letter.financialYear,
                                 cohortLabel(row.letter.cohort).toLower());
        // Where the project's return came from, when it was imported: another file of the same
        // import, or an earlier one (found by review: the other file went unnamed).
        if (const QString source = m_project.returns.value(*existing).source; !source.isEmpty())
            which = T::tr("%1, read from %2").arg(which, source);
        switch (m_policy) {
        case DuplicatePolicy::Refuse:
            p.message = T::tr("the project already has this return (%1); choose to skip, replace or keep both").arg(which);
            break;
        case DuplicatePolicy::Skip:
            p.message = T::tr("the project already has this return (%1); skipped").arg(which);
            ++m_plan.skipped;
            break;
        case DuplicatePolicy::Replace: {
            p.message = T::tr("the project already has this return (%1); its figures and lists are replaced").arg(which);
            const ProgrammeReturn old = m_project.returns.value(*existing);
            agreeOnLetter(row, old.letterId, true);
            agreedProgramme(row, old.programmeId);
            m_plan.before.returns.insert(old.id, old);
            m_plan.after.returns.insert(old.id, replacedBy(old, row.values));
            remember(index, old.id);
            ++m_plan.replaced;
            break;
        }
        case DuplicatePolicy::KeepBoth:
            p.message = T::tr("the project already has this return (%1); both are kept").arg(which);
            break;
        }
        m_plan.problems << p;
        return m_policy == DuplicatePolicy::KeepBoth;
    }

    Id letterFor(const ImportedReturn &row)
    {
        const QString key = letterKey(row.letter);
        if (const Id id = m_letters.value(key)) {
            agreeOnLetter(row, id, false);
            return id;
        }
        Letter letter = row.letter;
        letter.id = m_ids.allocateLetterId();
        m_letters.insert(key, letter.id);
        m_plan.after.letters.insert(letter.id, letter);
        m_madeLetters.insert(letter.id, placeOf(row));
        return letter.id;
    }

    Id programmeFor(const ImportedReturn &row)
    {
        const QString key = programmeKey(row.programme);
        if (const Id id = m_programmes.value(key))
            return agreedProgramme(row, id);
        suggest(row, QStringLiteral("programme"), row.programme.name, m_knownProgrammes);
        if (!row.programme.provider.isEmpty())
            suggest(row, QStringLiteral("provider"), row.programme.provider, m_knownProviders);
        Programme programme = row.programme;
        programme.id = m_ids.allocateProgrammeId();
        m_programmes.insert(key, programme.id);
        m_plan.after.programmes.insert(programme.id, programme);
        m_madeProgrammes.insert(programme.id, placeOf(row));
        return programme.id;
    }

    // A letter or programme is written once, though many rows repeat its details: a row that
    // gives one of them otherwise than the row that made it is an error (which is right cannot
    // be known, and taking either would lose the other), and otherwise than the project has it,
    // a warning (an import adds returns; it never changes the project's letters and
    // programmes). A detail one row leaves empty is taken from the row that gives it.
    void differs(const ImportedReturn &row, bool ours, const QString &madeAt, const QString &column, const QString &what,
                 const QString &record, const QString &theirs, const QString &mine)
    {
        const QString shownTheirs = theirs.isEmpty() ? T::tr("none") : QStringLiteral("“%1”").arg(theirs);
        ImportProblem p = problemAt(row, ours ? ImportProblem::Severity::Error : ImportProblem::Severity::Warning, column);
        p.message = ours ? T::tr("%1 is “%2”, but %3 gives %4 for the same %5; correct one of them")
                               .arg(what, mine, madeAt, shownTheirs, record)
                         : T::tr("%1 is “%2”, but the project's %3 has %4; the project's is kept").arg(what, mine, record, shownTheirs);
        m_plan.problems << p;
    }

    // `sameReturn`: the letter is an earlier return's, so its FOI reference must agree too (for
    // a letter found by its key, the reference is part of the key).
    void agreeOnLetter(const ImportedReturn &row, Id id, bool sameReturn)
    {
        const bool ours = m_madeLetters.contains(id);
        const QMap<Id, Letter> &among = ours ? m_plan.after.letters : m_project.letters;
        const auto has = among.constFind(id);
        if (has == among.cend())
            return;
        const auto placeFor = [&](const QString &column) {
            return m_filledBy.value({id, column}, m_madeLetters.value(id));
        };
        if (sameReturn && row.letter.foiReference != has->foiReference)
            differs(row, ours, placeFor(QStringLiteral("foi_reference")), QStringLiteral("foi_reference"),
                    T::tr("the FOI reference"), T::tr("return"), has->foiReference, row.letter.foiReference);
        const QDate given = row.letter.responseDate;
        if (!given.isValid() || has->responseDate == given)
            return;
        if (ours && !has->responseDate.isValid()) {
            m_plan.after.letters[id].responseDate = given;
            m_filledBy.insert({id, QStringLiteral("response_date")}, placeOf(row));
        } else {
            differs(row, ours, placeFor(QStringLiteral("response_date")), QStringLiteral("response_date"),
                    T::tr("the response date"), T::tr("letter"), has->responseDate.toString(Qt::ISODate),
                    given.toString(Qt::ISODate));
        }
    }

    // The programme `id`, once what `row` says of it is agreed (or said to differ).
    Id agreedProgramme(const ImportedReturn &row, Id id)
    {
        const bool ours = m_madeProgrammes.contains(id);
        // Looked at in place: a row of 100,000 copies no programme.
        const QMap<Id, Programme> &among = ours ? m_plan.after.programmes : m_project.programmes;
        const auto has = among.constFind(id);
        if (has == among.cend())
            return id;
        const auto agree = [&](const QString &column, const QString &what, QString Programme::*field) {
            const QString &given = row.programme.*field;
            if (given.isEmpty() || given == (*has).*field)
                return; // most rows: a cheap look, nothing copied
            const QString theirs = (*has).*field;
            if (ours && theirs.isEmpty()) {
                m_plan.after.programmes[id].*field = given;
                m_filledBy.insert({id, column}, placeOf(row));
            } else {
                differs(row, ours, m_filledBy.value({id, column}, m_madeProgrammes.value(id)), column, what,
                        T::tr("programme"), theirs, given);
            }
        };
        agree(QStringLiteral("risk_level"), T::tr("the risk level"), &Programme::riskLevel);
        agree(QStringLiteral("evaluation_url"), T::tr("the evaluation link"), &Programme::evaluationUrl);
        return id;
    }

    // The area's name that `written` is most like: the same once case, punctuation and "Ltd"
    // are left out ("GLOW Ltd", "Glow"), or with a slip of a letter or two ("Changes
    // Programme", "Changes Program"), as OpenRefine's clustering finds them. Never merged.
    void suggest(const ImportedReturn &row, const QString &column, const QString &written,
                 const QHash<QString, QList<KnownName>> &known)
    {
        if (known.isEmpty())
            return; // a new project's import: nothing to fold the name for
        const QString folded = foldName(written);
        QString similar;
        for (const KnownName &k : known.value(row.programme.areaCode)) {
            if (k.name == written)
                return;
            if (k.folded == folded) {
                similar = k.name;
                break;
            }
            if (similar.isEmpty() && slipApart(k.folded, folded))
                similar = k.name;
        }
        if (similar.isEmpty())
            return;
        ImportProblem p = problemAt(row, ImportProblem::Severity::Warning, column);
        p.message = T::tr("“%1” is like “%2”, which the project has in %3; it is kept as written (correct the file "
                          "if they are the same)")
                        .arg(written, similar, Areas::nameOf(row.programme.areaCode));
        m_plan.problems << p;
    }

    const ProjectData &m_project;
    const ImportBatch &m_batch;
    const DuplicatePolicy m_policy;
    ProjectStore &m_ids;
    ImportPlan m_plan;
    QHash<QString, Id> m_letters, m_programmes, m_returns; // by key: the project's, then the import's
    QHash<QString, QList<KnownName>> m_knownProviders, m_knownProgrammes; // the project's, by area
    // The letters and programmes this import makes → the row (or column) that made each; apart,
    // as a letter and a programme may have the same id.
    QHash<Id, QString> m_madeLetters, m_madeProgrammes;
    QHash<QPair<Id, QString>, QString> m_filledBy; // a detail a later row filled in → that row
    QSet<qsizetype> m_repeated;                    // returns a later one repeats (by index)
    QHash<qsizetype, Id> m_returnOf;               // what each of those became
};
} // namespace

ImportPlan planImport(const ProjectData &project, const ImportBatch &batch, DuplicatePolicy policy, ProjectStore &ids)
{
    Planner planner(project, batch, policy, ids);
    for (qsizetype i = 0; i < batch.returns.size(); ++i)
        planner.add(i);
    return planner.take();
}

} // namespace dapp
