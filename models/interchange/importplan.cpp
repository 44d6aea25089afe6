// Matching rows to the project's letters, programmes and returns.
#include "interchange/importplan.h"
#include "interchange/nearnames.h"
#include "domain/areas.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
};

// The texts joined by a separator no cell holds, into `key` (emptied first). Its room is kept:
// a key made for each row only to be looked up costs no allocation.
void joinKey(QString &key, std::initializer_list<QStringView> parts)
{
    qsizetype size = qsizetype(parts.size()) - 1;
    for (QStringView part : parts)
        size += part.size();
    // Sized once and written in place: QString's append checks sharing and room for each part,
    // and did so for two keys of each of 100,000 rows (a quarter of the plan's work).
    key.resize(size); // keeps the room it has
    QChar *out = key.data();
    for (auto part = parts.begin(); part != parts.end(); ++part) {
        if (part != parts.begin())
            *out++ = QChar(0x1f);
        out = std::copy(part->cbegin(), part->cend(), out);
    }
}

void letterKey(QString &key, const Letter &l)
{
    joinKey(key, {l.areaCode, l.financialYear, cohortKey(l.cohort), l.foiReference});
}
void programmeKey(QString &key, const Programme &p) { joinKey(key, {p.areaCode, p.name, p.provider}); }
QString letterKey(const Letter &l)
{
    QString key;
    letterKey(key, l);
    return key;
}
QString programmeKey(const Programme &p)
{
    QString key;
    programmeKey(key, p);
    return key;
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
        const QString note = now.note().isEmpty() ? was.note() : now.note();
        now = was;
        now.setNote(note);
    }
    updated.referrersQuote = updated.referrers == old.referrers ? old.referrersQuote : QString();
    updated.fundersQuote = updated.funders == old.funders ? old.fundersQuote : QString();
    return updated;
}
} // namespace

class ImportPlanner::Private
{
public:
    Private(const ProjectData &project, DuplicatePolicy policy, ProjectStore &ids)
        : m_project(project)
        , m_policy(policy)
        , m_ids(ids)
    {
        for (const Letter &l : project.letters)
            m_letters.insert(letterKey(l), l.id);
        for (const Programme &p : project.programmes)
            m_programmes.insert(programmeKey(p), p.id);
        for (const ProgrammeReturn &r : project.returns) {
            const QString key = returnKey(project.letters.value(r.letterId), project.programmes.value(r.programmeId));
            // Returns alike that the project kept both of: the last by id is the one found.
            if (m_returns.contains(key))
                m_alike[key] = m_alike.value(key, 1) + 1;
            m_returns.insert(key, r.id);
        }
        for (const Programme &p : project.programmes) {
            if (!p.provider.isEmpty())
                m_knownProviders[p.areaCode].add(p.provider);
            m_knownProgrammes[p.areaCode].add(p.name);
        }
    }

    // `givenUp`: the same batch, whose added returns' values may be moved out.
    void addBatch(const ImportBatch &batch, ImportBatch *givenUp = nullptr)
    {
        m_givenUp = givenUp;
        if (givenUp)
            givenUp->returns.detach(); // its own, so a value moved out is moved from no one else
        // The returns earlier files added are this import's: a later file's return like one of
        // them is found (made only now, so that a one-file import makes no key it never needs).
        for (Id id : std::as_const(m_addedSinceKeys)) {
            const ProgrammeReturn &r = *m_plan.after.returns.constFind(id);
            m_returns.insert(returnKey(letter(r.letterId), programme(r.programmeId)), id);
        }
        m_addedSinceKeys.clear();
        m_batch = &batch;
        m_letterIdOf = QList<Id>(batch.letters.size(), 0);
        m_programmeIdOf = QList<Id>(batch.programmes.size(), 0);
        m_repeated.clear();
        m_returnOf.clear();
        // Only the returns a later one of the file repeats are remembered: most files have none.
        for (const ImportedReturn &row : batch.returns)
            if (row.sameAs >= 0)
                m_repeated.insert(row.sameAs);
        for (qsizetype i = 0; i < batch.returns.size(); ++i)
            add(i);
        m_batch = nullptr;
        m_givenUp = nullptr;
    }

    ImportPlan m_plan;

private:
    // A letter or programme this import makes: the file and the row (or column) that made it.
    struct Made
    {
        QString file;
        QString place;
    };

    void add(qsizetype index)
    {
        const ImportedReturn &row = m_batch->returns.at(index);
        if (row.sameAs >= 0) {
            // A return repeated in its file, handled against what the earlier one became (none,
            // when it was skipped or refused: then there is nothing to replace).
            const Id earlier = m_returnOf.value(row.sameAs);
            if (!duplicateOf(row, index, earlier, sameReturnAs(placeOf(m_batch->returns.at(row.sameAs))), false))
                return;
        } else if (!newToThisImport(row, index)) {
            return;
        }
        const Id id = m_ids.allocateReturnId();
        const Id letterId = letterFor(row);
        const Id programmeId = programmeFor(row);
        // New ids only grow: the hint puts each at the end of the map without searching it. The
        // row's values are copied once, or moved when the batch is given up (QMap's insert
        // takes no rvalue: an empty return is put in, and the values moved onto it).
        auto added = m_plan.after.returns.insert(m_plan.after.returns.cend(), id,
                                                 m_givenUp ? ProgrammeReturn() : row.values);
        if (m_givenUp)
            *added = std::move(m_givenUp->returns[index].values);
        added->id = id;
        added->letterId = letterId;
        added->programmeId = programmeId;
        remember(index, id);
        m_addedSinceKeys.append(id);
        ++m_plan.added;
    }

    // "row 7" in a tidy sheet, "column 4" in a letter table (one programme a column).
    static QString placeOf(const ImportedReturn &row)
    {
        return row.row > 0 ? T::tr("row %1").arg(row.row) : T::tr("column %1").arg(row.column);
    }
    // Where a letter or programme was made, as seen from the file being planned.
    QString placeOf(const Made &made) const
    {
        return made.file == m_batch->file ? made.place : T::tr("%1, %2").arg(made.file, made.place);
    }
    // "returns.csv, row 2" as seen from returns.csv: "row 2".
    QString placeInFile(const QString &place) const
    {
        const QString prefix = T::tr("%1, %2").arg(m_batch->file, QString());
        return place.startsWith(prefix) ? place.mid(prefix.size()) : place;
    }

    // A letter or programme of this import's or the project's, looked at in place.
    template <typename Record>
    static const Record &record(const QMap<Id, Record> &ours, const QMap<Id, Record> &project, Id id)
    {
        static const Record none;
        if (const auto it = ours.constFind(id); it != ours.cend())
            return *it;
        const auto it = project.constFind(id);
        return it != project.cend() ? *it : none;
    }
    const Letter &letter(Id id) const { return record(m_plan.after.letters, m_project.letters, id); }
    const Programme &programme(Id id) const { return record(m_plan.after.programmes, m_project.programmes, id); }

    // A problem of `row`, at its row (tidy) or its column (letter table); `column` is the tidy
    // column's key, named only where the sheet has such a column.
    ImportProblem problemAt(const ImportedReturn &row, ImportProblem::Severity severity, const QString &column = {}) const
    {
        ImportProblem p;
        p.severity = severity;
        p.file = m_batch->file;
        p.sheet = m_batch->sheet;
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

    // A return the project or this import already has (`id`), met again in `row`, handled as
    // the user chose: said in words that start with `subject`. True when `row` is to be added
    // beside it.
    bool duplicateOf(const ImportedReturn &row, qsizetype index, Id id, const QString &subject, bool theProjects)
    {
        ImportProblem p = problemAt(row, duplicateSeverity());
        switch (m_policy) {
        case DuplicatePolicy::Refuse:
            p.message = T::tr("%1; choose to skip, replace or keep both").arg(subject);
            break;
        case DuplicatePolicy::Skip:
            p.message = T::tr("%1; skipped").arg(subject);
            ++m_plan.skipped;
            break;
        case DuplicatePolicy::Replace:
            p.message = theProjects ? T::tr("%1; its figures and lists are replaced").arg(subject)
                                    : T::tr("%1; its figures and lists replace that one's").arg(subject);
            replace(row, index, id);
            break;
        case DuplicatePolicy::KeepBoth:
            p.message = T::tr("%1; both are kept").arg(subject);
            break;
        }
        m_plan.problems << p;
        return m_policy == DuplicatePolicy::KeepBoth;
    }

    // Return `id` (the project's, or one this import adds or already replaced) given `row`'s
    // figures and lists. Its letter and programme stay: what `row` says of them must agree.
    // What the letter's quotes back is judged against the project's return, when there is one,
    // not against an earlier row's figures.
    void replace(const ImportedReturn &row, qsizetype index, Id id)
    {
        const auto projects = m_project.returns.constFind(id);
        const bool first = projects != m_project.returns.cend() && !m_plan.before.returns.contains(id);
        if (first) {
            m_plan.before.returns.insert(id, *projects);
            m_plan.after.returns.insert(id, *projects);
        }
        const auto found = m_plan.after.returns.constFind(id);
        if (found == m_plan.after.returns.cend())
            return; // the earlier one was not read (it has errors): nothing to replace
        // Each row is counted once, so the counts add up to the rows read (found by review: a
        // row replacing an earlier row's return was counted as nothing).
        if (first) {
            ++m_plan.replaced;
            m_replacedBy.insert(id, T::tr("%1, %2").arg(m_batch->file, placeOf(row)));
        } else {
            ++m_plan.replacedAgain;
        }
        const ProgrammeReturn &current = *found;
        agreeOnLetter(row, current.letterId, true);
        agreeOnProgramme(row, current.programmeId);
        m_plan.after.returns[id] = replacedBy(m_plan.before.returns.value(id, current), row.values);
        remember(index, id);
    }

    // A return neither the project nor an earlier file of this import has, or one handled as
    // the user chose; true when it is to be added.
    bool newToThisImport(const ImportedReturn &row, qsizetype index)
    {
        // A project with no returns (a new one) has none to find: no key is made for it.
        const QString key = m_returns.isEmpty() ? QString() : returnKey(letterOf(row), programmeOf(row));
        const auto existing = m_returns.isEmpty() ? m_returns.constEnd() : m_returns.constFind(key);
        if (existing == m_returns.constEnd())
            return true;
        if (!m_project.returns.contains(*existing)) {
            // An earlier file of this import gives it: named by where it was read.
            const auto ours = m_plan.after.returns.constFind(*existing);
            return ours == m_plan.after.returns.cend()
                   || duplicateOf(row, index, *existing, sameReturnAs(ours->source), false);
        }
        m_plan.duplicates.append({row.row, *existing, row.column});
        QString which = T::tr("%1 · %2 (%3, %4)")
                            .arg(Areas::nameOf(letterOf(row).areaCode), programmeOf(row).name, letterOf(row).financialYear,
                                 cohortLabel(letterOf(row).cohort).toLower());
        // Where the project's return came from, when it was imported (found by review: the
        // other file went unnamed).
        if (const QString source = m_project.returns.value(*existing).source; !source.isEmpty())
            which = T::tr("%1, read from %2").arg(which, source);
        QString subject = T::tr("the project already has this return (%1)").arg(which);
        // An earlier file of this import replaced it: what that file gave gives way now.
        if (const auto by = m_replacedBy.constFind(*existing); by != m_replacedBy.cend())
            subject = T::tr("%1, which %2 of this import already replaced").arg(subject, placeInFile(*by));
        const bool added = duplicateOf(row, index, *existing, subject, true);
        // Returns alike the project kept both of: only one is replaced, and the user is told
        // which (found by review: the others stayed as they were, unsaid).
        if (const int alike = m_alike.value(key); alike > 1 && m_policy == DuplicatePolicy::Replace) {
            ImportProblem p = problemAt(row, ImportProblem::Severity::Warning);
            p.message = T::tr("the project has %1 returns like this one; only the last added is replaced, the others "
                              "stay as they are")
                            .arg(alike);
            m_plan.problems << p;
        }
        return added;
    }

    static QString sameReturnAs(const QString &place)
    {
        return T::tr("the same return (area, programme, provider, year and cohort) as %1").arg(place);
    }

    const Letter &letterOf(const ImportedReturn &row) const { return m_batch->letterOf(row); }
    const Programme &programmeOf(const ImportedReturn &row) const { return m_batch->programmeOf(row); }

    Id letterFor(const ImportedReturn &row)
    {
        // Found by its key once for the rows that give the same letter; each row still agrees.
        Id &found = m_letterIdOf[row.letter];
        if (found) {
            agreeOnLetter(row, found, false);
            return found;
        }
        letterKey(m_key, letterOf(row));
        if (const Id id = m_letters.value(m_key)) {
            agreeOnLetter(row, id, false);
            return found = id;
        }
        const QString key = m_key; // kept: what follows may make keys of its own
        Letter letter = letterOf(row);
        letter.id = m_ids.allocateLetterId();
        m_letters.insert(key, letter.id);
        m_plan.after.letters.insert(letter.id, letter);
        m_madeLetters.insert(letter.id, {m_batch->file, placeOf(row)});
        return found = letter.id;
    }

    // The programme of `row`'s names, as written: names in another case are another programme
    // (suggested, never merged), so a file exported and read back gives back its names.
    Id programmeFor(const ImportedReturn &row)
    {
        Id &found = m_programmeIdOf[row.programme];
        if (found) {
            agreeOnProgramme(row, found);
            return found;
        }
        programmeKey(m_key, programmeOf(row));
        if (const Id id = m_programmes.value(m_key)) {
            agreeOnProgramme(row, id);
            return found = id;
        }
        const QString key = m_key; // kept: what follows may make keys of its own
        suggest(row, QStringLiteral("programme"), programmeOf(row).name, m_knownProgrammes);
        if (!programmeOf(row).provider.isEmpty())
            suggest(row, QStringLiteral("provider"), programmeOf(row).provider, m_knownProviders);
        Programme programme = programmeOf(row);
        programme.id = m_ids.allocateProgrammeId();
        m_programmes.insert(key, programme.id);
        m_plan.after.programmes.insert(programme.id, programme);
        m_madeProgrammes.insert(programme.id, {m_batch->file, placeOf(row)});
        const QString here = T::tr("%1, %2").arg(m_batch->file, placeOf(row));
        m_knownProgrammes[programme.areaCode].add(programme.name, here);
        if (!programme.provider.isEmpty())
            m_knownProviders[programme.areaCode].add(programme.provider, here);
        return found = programme.id;
    }

    // A letter or programme is written once, though many rows repeat its details: a row of this
    // import that gives one of them otherwise than the row that made it is an error (which is
    // right cannot be known, and taking either would lose the other), and otherwise than the
    // project has it, a warning (an import adds returns; it never changes the project's letters
    // and programmes). A detail one row leaves empty is taken from the row that gives it.
    // `same`: what the two rows give it for ("letter", "programme", "return"); `record`: whose
    // detail it is in the project ("letter", "programme").
    void differs(const ImportedReturn &row, const std::optional<Made> &madeBy, const QString &column, const QString &what,
                 const QString &same, const QString &record, const QString &theirs, const QString &mine)
    {
        const QString shownTheirs = theirs.isEmpty() ? T::tr("none") : QStringLiteral("“%1”").arg(theirs);
        ImportProblem p = problemAt(row, madeBy ? ImportProblem::Severity::Error : ImportProblem::Severity::Warning, column);
        p.message = madeBy ? T::tr("%1 is “%2”, but %3 gives %4 for the same %5; correct one of them")
                                 .arg(what, mine, placeOf(*madeBy), shownTheirs, same)
                           : T::tr("%1 is “%2”, but the project's %3 has %4; the project's is kept")
                                 .arg(what, mine, record, shownTheirs);
        m_plan.problems << p;
    }

    // Who gave a letter's or programme's detail: the row that filled it in, else the one that
    // made the record; nullopt: the project's.
    std::optional<Made> givenBy(const QHash<Id, Made> &made, Id id, const QString &column) const
    {
        if (const auto filled = m_filledBy.constFind({id, column}); filled != m_filledBy.cend())
            return *filled;
        if (const auto maker = made.constFind(id); maker != made.cend())
            return *maker;
        return std::nullopt;
    }

    // `sameReturn`: the letter is an earlier return's, so its FOI reference must agree too (for
    // a letter found by its key, the reference is part of the key).
    void agreeOnLetter(const ImportedReturn &row, Id id, bool sameReturn)
    {
        // Most rows of a large file give no date: nothing to look up.
        if (!letterOf(row).responseDate.isValid() && (!sameReturn || letterOf(row).foiReference.isEmpty()))
            return;
        const bool ours = m_madeLetters.contains(id);
        const Letter &has = letter(id);
        // A row that gives no reference says nothing of it (found by review: that was an error).
        if (sameReturn && !letterOf(row).foiReference.isEmpty() && letterOf(row).foiReference != has.foiReference)
            differs(row, givenBy(m_madeLetters, id, QStringLiteral("foi_reference")), QStringLiteral("foi_reference"),
                    T::tr("the FOI reference"), T::tr("return"), T::tr("letter"), has.foiReference, letterOf(row).foiReference);
        const QDate given = letterOf(row).responseDate;
        if (!given.isValid() || has.responseDate == given)
            return;
        if (ours && !has.responseDate.isValid()) {
            m_plan.after.letters[id].responseDate = given;
            m_filledBy.insert({id, QStringLiteral("response_date")}, {m_batch->file, placeOf(row)});
        } else {
            differs(row, givenBy(m_madeLetters, id, QStringLiteral("response_date")), QStringLiteral("response_date"),
                    T::tr("the response date"), T::tr("letter"), T::tr("letter"), has.responseDate.toString(Qt::ISODate),
                    given.toString(Qt::ISODate));
        }
    }

    void agreeOnProgramme(const ImportedReturn &row, Id id)
    {
        if (programmeOf(row).riskLevel.isEmpty() && programmeOf(row).evaluationUrl.isEmpty())
            return;
        const bool ours = m_madeProgrammes.contains(id);
        // Looked at in place: a row of 100,000 copies no programme.
        const Programme &has = programme(id);
        // `what` is translated only for a row that differs: looking a text up in the translations
        // for each of 100,000 rows cost more than the rest of this.
        const auto agree = [&](const QString &column, const char *what, QString Programme::*field) {
            const QString &given = programmeOf(row).*field;
            if (given.isEmpty() || given == has.*field)
                return; // most rows: a cheap look, nothing copied
            const QString theirs = has.*field;
            if (ours && theirs.isEmpty()) {
                m_plan.after.programmes[id].*field = given;
                m_filledBy.insert({id, column}, {m_batch->file, placeOf(row)});
            } else {
                differs(row, givenBy(m_madeProgrammes, id, column), column, T::tr(what), T::tr("programme"),
                        T::tr("programme"), theirs, given);
            }
        };
        agree(QStringLiteral("risk_level"), QT_TRANSLATE_NOOP("ImportPlan", "the risk level"), &Programme::riskLevel);
        agree(QStringLiteral("evaluation_url"), QT_TRANSLATE_NOOP("ImportPlan", "the evaluation link"),
              &Programme::evaluationUrl);
    }

    // A name like one the project or this import already has in the area: said, never merged.
    void suggest(const ImportedReturn &row, const QString &column, const QString &written,
                 const QHash<QString, NearNames> &known)
    {
        const auto names = known.constFind(programmeOf(row).areaCode);
        const std::optional<NearNames::Known> similar = names == known.cend() ? std::nullopt : names->like(written);
        if (!similar)
            return;
        ImportProblem p = problemAt(row, ImportProblem::Severity::Warning, column);
        p.message = similar->place.isEmpty()
                        ? T::tr("“%1” is like “%2”, which the project has in %3; it is kept as written (correct the file "
                                "if they are the same)")
                              .arg(written, similar->name, Areas::nameOf(programmeOf(row).areaCode))
                        : T::tr("“%1” is like “%2”, which %3 gives; it is kept as written (correct the file if they are "
                                "the same)")
                              .arg(written, similar->name, placeInFile(similar->place));
        m_plan.problems << p;
    }

    const ProjectData &m_project;
    const DuplicatePolicy m_policy;
    ProjectStore &m_ids;
    const ImportBatch *m_batch = nullptr; // the file being planned
    ImportBatch *m_givenUp = nullptr;     // the same, when its caller gave it up
    QHash<QString, Id> m_letters, m_programmes, m_returns; // by key: the project's, then this import's
    QString m_key; // a row's letter or programme key, made in the same room each time
    // The ids the batch's letters and programmes were found or made as (by place; 0: not yet).
    QList<Id> m_letterIdOf, m_programmeIdOf;
    QHash<QString, int> m_alike;                           // keys of returns the project has more than one of
    QHash<Id, QString> m_replacedBy;                       // the project's returns replaced → the first row that did
    QList<Id> m_addedSinceKeys;                             // returns added since m_returns was brought up to date
    QHash<QString, NearNames> m_knownProviders, m_knownProgrammes; // by area
    // The letters and programmes this import makes; apart, as a letter and a programme may have
    // the same id.
    QHash<Id, Made> m_madeLetters, m_madeProgrammes;
    QHash<QPair<Id, QString>, Made> m_filledBy; // a detail a later row filled in → that row
    QSet<qsizetype> m_repeated;                 // the file's returns a later one repeats (by index)
    QHash<qsizetype, Id> m_returnOf;            // what each of those became
};

ImportPlanner::ImportPlanner(const ProjectData &project, DuplicatePolicy policy, ProjectStore &ids)
    : d(std::make_unique<Private>(project, policy, ids))
{
}

ImportPlanner::~ImportPlanner() = default;

void ImportPlanner::add(const ImportBatch &batch) { d->addBatch(batch); }

void ImportPlanner::add(ImportBatch &&batch)
{
    d->addBatch(batch, &batch);
    batch = ImportBatch();
}

const ImportPlan &ImportPlanner::plan() const { return d->m_plan; }

ImportPlan ImportPlanner::take() { return std::move(d->m_plan); }

ImportPlan planImport(const ProjectData &project, const ImportBatch &batch, DuplicatePolicy policy, ProjectStore &ids)
{
    ImportPlanner planner(project, policy, ids);
    planner.add(batch);
    return planner.take();
}

ImportPlan planImport(const ProjectData &project, ImportBatch &&batch, DuplicatePolicy policy, ProjectStore &ids)
{
    ImportPlanner planner(project, policy, ids);
    planner.add(std::move(batch));
    return planner.take();
}

} // namespace dapp
