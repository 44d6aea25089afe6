// Planning the commit of an extracted letter: see lettercommit.h.
#include "letters/lettercommit.h"
#include "domain/areas.h"
#include "interchange/importplan.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommit)
};
} // namespace

namespace {
// "FOI 753" and "foi753" are one reference.
QString referenceKey(const QString &reference)
{
    QString key = reference.toLower();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}
} // namespace

Id sameLetterIn(const ProjectData &project, const Letter &letter)
{
    const QString reference = referenceKey(letter.foiReference);
    for (const Letter &l : project.letters) {
        const bool sameReference = !reference.isEmpty() && referenceKey(l.foiReference) == reference
                                   && l.issuingBody.simplified().compare(letter.issuingBody.simplified(), Qt::CaseInsensitive) == 0;
        // Without a reference, the same words are the same letter.
        const bool sameText = !letter.text.trimmed().isEmpty() && l.text == letter.text;
        if (sameReference || sameText)
            return l.id;
    }
    return 0;
}

LetterCommit planLetterCommit(const ProjectData &project, const LetterExtraction &extraction, const QString &letterFile,
                              bool markUncertain, ProjectStore &ids)
{
    LetterCommit commit;
    if (const Id existing = sameLetterIn(project, extraction.letter)) {
        commit.errors << T::tr("The project already holds this letter (%1 from %2) as letter %3; it was not added again.")
                             .arg(extraction.letter.foiReference, extraction.letter.issuingBody)
                             .arg(existing);
        return commit;
    }
    // Each return through the import's plan: programmes found or added, duplicates of returns
    // the project has refused with their words.
    ImportBatch batch;
    batch.file = letterFile;
    // A programme the proposals give twice (a letter that names it in two places, or two
    // proposals made alike in the review) would be two returns alike: said, and nothing added
    // (found by review: both were added).
    QHash<QString, const ProposedReturn *> byKey;
    for (const ProposedReturn &p : extraction.returns) {
        const QString key = returnKey(extraction.letter, p.programme);
        if (const ProposedReturn *first = byKey.value(key)) {
            const Programme &was = first->programme;
            const auto provider = [](const Programme &programme) {
                return programme.provider.isEmpty() ? T::tr("no provider") : programme.provider;
            };
            commit.errors << (p.programme.name == was.name && p.programme.provider == was.provider
                                  ? T::tr("The proposals give the programme “%1” (%2) twice; correct or remove one of them.")
                                        .arg(was.name, provider(was))
                                  : T::tr("The proposals give the programme “%1” (%2) twice, the second time as “%3” (%4); "
                                          "correct or remove one of them.")
                                        .arg(was.name, provider(was), p.programme.name, provider(p.programme)));
            continue;
        }
        byKey.insert(key, &p);
    }
    if (!commit.errors.isEmpty())
        return commit;
    for (const ProposedReturn &p : extraction.returns) {
        ImportedReturn row;
        row.letter = batch.addLetter(extraction.letter);
        row.programme = batch.addProgramme(p.programme);
        row.values = p.values;
        row.values.source = T::tr("%1 (extracted)").arg(letterFile);
        for (FigureField f : kAllFigureFields) {
            const Evidence &e = p.figure(f);
            if (e.certain())
                continue;
            ++commit.needsALook;
            if (markUncertain) {
                Figure &figure = row.values.figure(f);
                const QString said = T::tr("Proposed from the letter and not reviewed; needs a look: %1").arg(e.why);
                figure.setNote(figure.note().isEmpty() ? said : figure.note() + QStringLiteral("; ") + said);
            }
        }
        batch.returns << row;
    }
    if (batch.returns.isEmpty()) {
        Letter letter = extraction.letter;
        letter.id = ids.allocateLetterId();
        commit.after.letters.insert(letter.id, letter);
        // A panel report's figures about the area, with the letter they came from.
        for (const ProposedContextFigure &proposed : extraction.contextFigures) {
            ContextFigure c = proposed.figure;
            c.id = ids.allocateContextId();
            c.letterId = letter.id;
            c.areaCode = letter.areaCode;
            commit.after.contextFigures.insert(c.id, c);
            commit.needsALook += proposed.evidence.certain() ? 0 : 1;
        }
        return commit;
    }
    ImportPlan plan = planImport(project, batch, DuplicatePolicy::Refuse, ids);
    for (const ImportProblem &p : plan.problems)
        if (p.isError())
            commit.errors << p.message;
    commit.before = std::move(plan.before);
    commit.after = std::move(plan.after);
    return commit;
}

} // namespace dapp
