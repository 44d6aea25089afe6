// Matching rows to the project's letters, programmes and returns.
#include "interchange/importplan.h"
#include "domain/areas.h"
#include "domain/editdistance.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

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
} // namespace

ImportPlan planImport(const ProjectData &project, const ImportBatch &batch, DuplicatePolicy policy, ProjectStore &ids)
{
    ImportPlan plan;
    QHash<QString, Id> letters, programmes, returns;
    for (const Letter &l : project.letters)
        letters.insert(letterKey(l), l.id);
    for (const Programme &p : project.programmes)
        programmes.insert(programmeKey(p), p.id);
    for (const ProgrammeReturn &r : project.returns)
        returns.insert(returnKey(project.letters.value(r.letterId), project.programmes.value(r.programmeId)), r.id);
    // Names the project already has, folded, per area: for suggestions.
    struct KnownName
    {
        QString folded;
        QString name;
    };
    QHash<QString, QList<KnownName>> knownProviders, knownProgrammes;
    const auto know = [](QList<KnownName> &names, const QString &name) {
        const QString folded = foldName(name);
        if (std::none_of(names.cbegin(), names.cend(), [&](const KnownName &k) { return k.name == name; }))
            names.append({folded, name});
    };
    for (const Programme &p : project.programmes) {
        if (!p.provider.isEmpty())
            know(knownProviders[p.areaCode], p.provider);
        know(knownProgrammes[p.areaCode], p.name);
    }
    // The name of the area's own that `written` is most like: the same once case, punctuation
    // and "Ltd" are left out ("GLOW Ltd", "Glow"), or a letter or two apart in a name long enough
    // for that to be a slip ("The Keys Projects", "Changes Programme"), as OpenRefine's
    // nearest-neighbour clustering finds them.
    const auto mostLike = [](const QList<KnownName> &names, const QString &written) {
        const QString folded = foldName(written);
        QString best;
        int bestDistance = 3;
        for (const KnownName &k : names) {
            if (k.name == written)
                return QString();
            if (k.folded == folded)
                return k.name;
            if (std::min(k.folded.size(), folded.size()) < 8)
                continue;
            if (const int d = editDistance(k.folded, folded); d < bestDistance) {
                bestDistance = d;
                best = k.name;
            }
        }
        return best;
    };
    auto suggest = [&](const ImportedReturn &row, const QString &column, const QString &written,
                       const QHash<QString, QList<KnownName>> &known) {
        if (known.isEmpty())
            return; // a new project's import: nothing to fold the name for
        const QString similar = mostLike(known.value(row.programme.areaCode), written);
        if (similar.isEmpty() || similar == written)
            return;
        ImportProblem p;
        p.severity = ImportProblem::Severity::Warning;
        p.file = batch.file;
        p.sheet = batch.sheet;
        p.row = row.row;
        p.column = column;
        p.message = T::tr("“%1” is like “%2”, which the project has in %3; it is kept as written (correct the file "
                          "if they are the same)")
                        .arg(written, similar, Areas::nameOf(row.programme.areaCode));
        plan.problems << p;
    };

    // A letter or programme is written once, though many rows repeat its details: a row that
    // gives one of them otherwise than the row that made it is an error (which is right cannot
    // be known, and taking either would lose the other), and otherwise than the project has it,
    // a warning (an import adds returns; it never changes the project's letters and
    // programmes). A detail one row leaves empty is taken from the row that gives it.
    QHash<Id, QString> madeBy; // a letter or programme this import makes → the row (or column) that made it
    auto placeOf = [](const ImportedReturn &row) {
        return row.row > 0 ? T::tr("row %1").arg(row.row) : T::tr("column %1").arg(row.column);
    };
    auto differs = [&](const ImportedReturn &row, Id id, const QString &column, const QString &what,
                       const QString &theirs, const QString &mine) {
        ImportProblem p;
        p.file = batch.file;
        p.sheet = batch.sheet;
        p.row = row.row;
        p.column = tidyColumnLabel(column);
        const QString shownTheirs = theirs.isEmpty() ? T::tr("none") : QStringLiteral("“%1”").arg(theirs);
        if (const QString first = madeBy.value(id); !first.isEmpty()) {
            p.message = T::tr("%1 is “%2”, but %3 gives %4 for the same %5; correct one of them")
                            .arg(what, mine, first, shownTheirs,
                                 column == QLatin1String("response_date") ? T::tr("letter") : T::tr("programme"));
        } else {
            p.severity = ImportProblem::Severity::Warning;
            p.message = T::tr("%1 is “%2”, but the project's %3 has %4; the project's is kept")
                            .arg(what, mine, column == QLatin1String("response_date") ? T::tr("letter") : T::tr("programme"),
                                 shownTheirs);
        }
        plan.problems << p;
    };
    auto agreeOnLetter = [&](const ImportedReturn &row, Id id) {
        const QDate given = row.letter.responseDate;
        if (!given.isValid())
            return;
        const bool ours = madeBy.contains(id);
        const QDate has = ours ? plan.after.letters.value(id).responseDate : project.letters.value(id).responseDate;
        if (has == given)
            return;
        if (ours && !has.isValid())
            plan.after.letters[id].responseDate = given;
        else
            differs(row, id, QStringLiteral("response_date"), T::tr("the response date"), has.toString(Qt::ISODate),
                    given.toString(Qt::ISODate));
    };
    auto agreeOnProgramme = [&](const ImportedReturn &row, Id id) {
        const bool ours = madeBy.contains(id);
        // Looked at in place: a row of 100,000 copies no programme.
        const QMap<Id, Programme> &among = ours ? plan.after.programmes : project.programmes;
        const auto has = among.constFind(id);
        if (has == among.cend())
            return;
        const auto agree = [&](const QString &column, const QString &what, QString Programme::*field) {
            const QString &given = row.programme.*field;
            if (given.isEmpty() || given == (*has).*field)
                return; // most rows: a cheap look, nothing copied
            const QString theirs = (*has).*field;
            if (ours && theirs.isEmpty())
                plan.after.programmes[id].*field = given;
            else
                differs(row, id, column, what, theirs, given);
        };
        agree(QStringLiteral("risk_level"), T::tr("the risk level"), &Programme::riskLevel);
        agree(QStringLiteral("evaluation_url"), T::tr("the evaluation link"), &Programme::evaluationUrl);
    };
    // The return each row became (added, or the project's it replaced): a later row of the
    // same file with the same return is handled against it.
    QHash<int, Id> returnOfRow;
    // Only the rows a later row repeats are kept there: most files have none.
    QSet<int> repeated;
    for (const ImportedReturn &row : batch.returns)
        if (row.sameAsRow > 0)
            repeated.insert(row.sameAsRow);
    const auto remember = [&](int row, Id id) {
        if (!repeated.isEmpty() && repeated.contains(row))
            returnOfRow.insert(row, id);
    };
    for (const ImportedReturn &row : batch.returns) {
        if (row.sameAsRow > 0) {
            ImportProblem p;
            p.severity = policy == DuplicatePolicy::Refuse ? ImportProblem::Severity::Error : ImportProblem::Severity::Warning;
            p.file = batch.file;
            p.sheet = batch.sheet;
            p.row = row.row;
            const QString same = T::tr("the same return (area, programme, provider, year and cohort) as row %1").arg(row.sameAsRow);
            const Id earlier = returnOfRow.value(row.sameAsRow);
            switch (policy) {
            case DuplicatePolicy::Refuse:
                p.message = T::tr("%1; choose to skip, replace or keep both").arg(same);
                break;
            case DuplicatePolicy::Skip:
                p.message = T::tr("%1; skipped").arg(same);
                ++plan.skipped;
                break;
            case DuplicatePolicy::Replace:
                p.message = T::tr("%1; its figures and lists replace that row's").arg(same);
                if (plan.after.returns.contains(earlier))
                    plan.after.returns[earlier] = replacedBy(plan.after.returns.value(earlier), row.values);
                break;
            case DuplicatePolicy::KeepBoth:
                p.message = T::tr("%1; both are kept").arg(same);
                break;
            }
            plan.problems << p;
            if (policy != DuplicatePolicy::KeepBoth)
                continue;
        }
        // A project with no returns (a new one) has none to find: no key is made for it; a
        // row kept beside an earlier one of its file was matched with the project by that row.
        const auto existing = returns.isEmpty() || row.sameAsRow > 0 ? returns.constEnd()
                                                                     : returns.constFind(returnKey(row.letter, row.programme));
        if (existing != returns.constEnd() && project.returns.contains(*existing)) {
            plan.duplicates.append({row.row, *existing});
            ImportProblem p;
            p.severity = policy == DuplicatePolicy::Refuse ? ImportProblem::Severity::Error : ImportProblem::Severity::Warning;
            p.file = batch.file;
            p.sheet = batch.sheet;
            p.row = row.row;
            QString which = T::tr("%1 · %2 (%3, %4)")
                                .arg(Areas::nameOf(row.letter.areaCode), row.programme.name, row.letter.financialYear,
                                     cohortLabel(row.letter.cohort).toLower());
            // Where the project's return came from, when it was imported: another file of the
            // same import, or an earlier one (found by review: the other file went unnamed).
            if (const QString source = project.returns.value(*existing).source; !source.isEmpty())
                which = T::tr("%1, read from %2").arg(which, source);
            switch (policy) {
            case DuplicatePolicy::Refuse:
                p.message = T::tr("the project already has this return (%1); choose to skip, replace or keep both").arg(which);
                break;
            case DuplicatePolicy::Skip:
                p.message = T::tr("the project already has this return (%1); skipped").arg(which);
                ++plan.skipped;
                break;
            case DuplicatePolicy::Replace: {
                p.message = T::tr("the project already has this return (%1); its figures and lists are replaced").arg(which);
                const ProgrammeReturn old = project.returns.value(*existing);
                plan.before.returns.insert(old.id, old);
                plan.after.returns.insert(old.id, replacedBy(old, row.values));
                remember(row.row, old.id);
                ++plan.replaced;
                break;
            }
            case DuplicatePolicy::KeepBoth:
                p.message = T::tr("the project already has this return (%1); both are kept").arg(which);
                break;
            }
            plan.problems << p;
            if (policy != DuplicatePolicy::KeepBoth)
                continue;
        }

        // A return kept beside an earlier row's belongs to that row's letter and programme,
        // however its names are written.
        const auto earlier = row.sameAsRow > 0 ? plan.after.returns.constFind(returnOfRow.value(row.sameAsRow))
                                               : plan.after.returns.cend();
        const bool beside = earlier != plan.after.returns.cend();
        const QString rowLetter = beside ? QString() : letterKey(row.letter);
        Id letterId = beside ? earlier->letterId : letters.value(rowLetter);
        if (!letterId) {
            Letter letter = row.letter;
            letter.id = letterId = ids.allocateLetterId();
            letters.insert(rowLetter, letterId);
            plan.after.letters.insert(letterId, letter);
            madeBy.insert(letterId, placeOf(row));
        } else if (!beside) {
            agreeOnLetter(row, letterId);
        }
        const QString rowProgramme = beside ? QString() : programmeKey(row.programme);
        Id programmeId = beside ? earlier->programmeId : programmes.value(rowProgramme);
        if (programmeId && !beside)
            agreeOnProgramme(row, programmeId);
        if (!programmeId) {
            suggest(row, tidyColumnLabel(QStringLiteral("programme")), row.programme.name, knownProgrammes);
            if (!row.programme.provider.isEmpty())
                suggest(row, tidyColumnLabel(QStringLiteral("provider")), row.programme.provider, knownProviders);
            Programme programme = row.programme;
            programme.id = programmeId = ids.allocateProgrammeId();
            programmes.insert(rowProgramme, programmeId);
            plan.after.programmes.insert(programmeId, programme);
            madeBy.insert(programmeId, placeOf(row));
        }
        ProgrammeReturn r = row.values;
        r.id = ids.allocateReturnId();
        r.letterId = letterId;
        r.programmeId = programmeId;
        // New ids only grow: the hint puts each at the end of the map without searching it.
        plan.after.returns.insert(plan.after.returns.cend(), r.id, r);
        remember(row.row, r.id);
        ++plan.added;
    }
    return plan;
}

} // namespace dapp
