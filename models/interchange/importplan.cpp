// Matching rows to the project's letters, programmes and returns.
#include "interchange/importplan.h"
#include "domain/areas.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>
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
    QHash<QString, QString> knownProviders, knownProgrammes;
    for (const Programme &p : project.programmes) {
        if (!p.provider.isEmpty())
            knownProviders.insert(p.areaCode + QChar(0x1f) + foldName(p.provider), p.provider);
        knownProgrammes.insert(p.areaCode + QChar(0x1f) + foldName(p.name), p.name);
    }
    auto suggest = [&](const ImportedReturn &row, const QString &column, const QString &written,
                       const QHash<QString, QString> &known) {
        if (known.isEmpty())
            return; // a new project's import: nothing to fold the name for
        const QString similar = known.value(row.programme.areaCode + QChar(0x1f) + foldName(written));
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

    for (const ImportedReturn &row : batch.returns) {
        // A project with no returns (a new one) has none to find: no key is made for it.
        const auto existing = returns.isEmpty() ? returns.constEnd() : returns.constFind(returnKey(row.letter, row.programme));
        if (existing != returns.constEnd() && project.returns.contains(*existing)) {
            plan.duplicates.append({row.row, *existing});
            ImportProblem p;
            p.severity = policy == DuplicatePolicy::Refuse ? ImportProblem::Severity::Error : ImportProblem::Severity::Warning;
            p.file = batch.file;
            p.sheet = batch.sheet;
            p.row = row.row;
            const QString which = T::tr("%1 · %2 (%3, %4)")
                                      .arg(Areas::nameOf(row.letter.areaCode), row.programme.name, row.letter.financialYear,
                                           cohortLabel(row.letter.cohort).toLower());
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
                ProgrammeReturn updated = row.values;
                updated.id = old.id;
                updated.letterId = old.letterId;
                updated.programmeId = old.programmeId;
                updated.referrersQuote = old.referrersQuote;
                updated.fundersQuote = old.fundersQuote;
                plan.before.returns.insert(old.id, old);
                plan.after.returns.insert(old.id, updated);
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

        const QString rowLetter = letterKey(row.letter);
        Id letterId = letters.value(rowLetter);
        if (!letterId) {
            Letter letter = row.letter;
            letter.id = letterId = ids.allocateLetterId();
            letters.insert(rowLetter, letterId);
            plan.after.letters.insert(letterId, letter);
        }
        const QString rowProgramme = programmeKey(row.programme);
        Id programmeId = programmes.value(rowProgramme);
        if (!programmeId) {
            suggest(row, tidyColumnLabel(QStringLiteral("programme")), row.programme.name, knownProgrammes);
            if (!row.programme.provider.isEmpty())
                suggest(row, tidyColumnLabel(QStringLiteral("provider")), row.programme.provider, knownProviders);
            Programme programme = row.programme;
            programme.id = programmeId = ids.allocateProgrammeId();
            programmes.insert(rowProgramme, programmeId);
            plan.after.programmes.insert(programmeId, programme);
        }
        ProgrammeReturn r = row.values;
        r.id = ids.allocateReturnId();
        r.letterId = letterId;
        r.programmeId = programmeId;
        // New ids only grow: the hint puts each at the end of the map without searching it.
        plan.after.returns.insert(plan.after.returns.cend(), r.id, r);
        ++plan.added;
    }
    return plan;
}

} // namespace dapp
