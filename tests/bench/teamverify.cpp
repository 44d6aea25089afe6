// bench_team's check that nothing was lost or applied twice (teamverify.h).
#include "teamverify.h"

#include <QHash>
#include <QSet>

namespace dapp::bench {

namespace {

// The figures of a return, the part edits change: equal signatures, equal figures.
QString figureSignature(const ProgrammeReturn &r)
{
    QString s;
    for (const Figure &f : r.figures)
        s += QStringLiteral("%1|%2|%3;").arg(int(f.status)).arg(f.value).arg(f.note());
    return s;
}

// The committed edits of one return must form one chain: each applied over the record the one
// before it left (else it is refused), from the record as first stored to the record as it is
// now, each raising the revision by one. Every edit leaves a record no other leaves (its value is
// unique), so walking back from the record now by "which edit left this?" finds the one history
// that explains it. A committed edit off that history was written over by one applied over the
// record as it was before it, that had not seen it: it is lost.
void verifyChain(Id id, const ProgrammeReturn &initial, const QList<const Attempt *> &edits, const ProgrammeReturn &now,
                 qint64 revision, Verdict &verdict)
{
    QHash<QString, qsizetype> byAfter;
    for (qsizetype i = 0; i < edits.size(); ++i)
        byAfter.insert(figureSignature(edits.at(i)->after), i);
    const QString start = figureSignature(initial);
    QList<bool> inHistory(edits.size(), false);
    QHash<QString, qsizetype> historyByBefore; // the edit of the history applied over each record
    QString current = figureSignature(now);
    while (current != start) {
        const auto it = byAfter.constFind(current);
        if (it == byAfter.cend() || inHistory.at(*it)) {
            verdict.lost << QStringLiteral("return %1: no committed edit left its figures as they are now").arg(id);
            break;
        }
        inHistory[*it] = true;
        current = figureSignature(edits.at(*it)->before);
        historyByBefore.insert(current, *it);
    }
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (inHistory.at(i))
            continue;
        const qsizetype over = historyByBefore.value(figureSignature(edits.at(i)->before), -1);
        verdict.lost << (over < 0 ? QStringLiteral("%1: lost, with the record it was applied over").arg(edits.at(i)->describe())
                                  : QStringLiteral("%1: lost; %2 was applied over the record before it, without it")
                                        .arg(edits.at(i)->describe(), edits.at(over)->describe()));
    }
    const qint64 expected = 1 + edits.size();
    if (revision != expected) {
        const QString line = QStringLiteral("return %1: revision %2 after %3 committed edits (expected %4)")
                                 .arg(id)
                                 .arg(revision)
                                 .arg(edits.size())
                                 .arg(expected);
        (revision < expected ? verdict.lost : verdict.twice) << line;
    }
}

} // namespace

Verdict verifyLoad(const ProjectData &baseline, const ProjectData &final, const RecordStamps &stamps,
                   const QList<const Attempt *> &attempts, const QList<Id> &hot)
{
    Verdict verdict;
    // Additions: every committed one there, once; the returns exactly the sample's and theirs.
    QHash<Id, ProgrammeReturn> initial(baseline.returns.cbegin(), baseline.returns.cend()); // as first stored
    QSet<Id> added;
    for (const Attempt *a : attempts) {
        if (a->kind == WriteKind::Edit || !a->committed)
            continue;
        for (const ProgrammeReturn &r : a->added.returns) {
            if (initial.contains(r.id))
                verdict.twice << QStringLiteral("%1: return id %2 was given twice").arg(a->describe()).arg(r.id);
            initial.insert(r.id, r);
            added.insert(r.id);
            if (!final.returns.contains(r.id))
                verdict.lost << QStringLiteral("%1: its return %2 is not in the database").arg(a->describe()).arg(r.id);
        }
        for (const Letter &l : a->added.letters) {
            if (final.letters.value(l.id) != l)
                verdict.lost << QStringLiteral("%1: its letter is not in the database as written").arg(a->describe());
        }
        for (const Programme &p : a->added.programmes) {
            if (final.programmes.value(p.id) != p)
                verdict.lost << QStringLiteral("%1: its programme %2 is not in the database as written").arg(a->describe()).arg(p.id);
        }
    }
    for (auto it = final.returns.cbegin(); it != final.returns.cend(); ++it) {
        if (!initial.contains(it.key()))
            verdict.twice << QStringLiteral("return %1 (%2) is in the database, but no committed write added it")
                                 .arg(it.key())
                                 .arg(it->source);
    }
    QSet<Id> letters(baseline.letters.keyBegin(), baseline.letters.keyEnd());
    for (const Attempt *a : attempts)
        if (a->committed)
            letters.unite(QSet<Id>(a->added.letters.keyBegin(), a->added.letters.keyEnd()));
    for (auto it = final.letters.cbegin(); it != final.letters.cend(); ++it) {
        if (!letters.contains(it.key()))
            verdict.twice << QStringLiteral("letter %1 (%2) is in the database, but no committed write added it")
                                 .arg(it.key())
                                 .arg(it->foiReference);
    }

    // Refused writes: none of their values anywhere.
    QHash<qint64, QPair<Id, FigureField>> values;
    for (auto it = final.returns.cbegin(); it != final.returns.cend(); ++it)
        for (FigureField f : kAllFigureFields)
            if (it->figure(f).isReported())
                values.insert(it->figure(f).value, {it.key(), f});
    QSet<QString> references;
    for (const Letter &l : final.letters)
        references.insert(l.foiReference);
    for (const Attempt *a : attempts) {
        if (a->committed)
            continue;
        if (a->kind == WriteKind::Edit && values.contains(a->value)) {
            const auto [id, field] = values.value(a->value);
            verdict.refusedYetWritten
                << QStringLiteral("%1: its value is in return %2, %3").arg(a->describe()).arg(id).arg(fieldLabel(field));
        }
        for (const Letter &l : a->added.letters) {
            if (references.contains(l.foiReference) || final.letters.contains(l.id))
                verdict.refusedYetWritten << QStringLiteral("%1: its letter is in the database").arg(a->describe());
        }
    }

    // Edits: each return's committed edits one chain, ending in what the database holds.
    QHash<Id, QList<const Attempt *>> editsOf;
    for (const Attempt *a : attempts)
        if (a->kind == WriteKind::Edit && a->committed)
            editsOf[a->returnId] << a;
    QSet<Id> checked(hot.cbegin(), hot.cend());
    checked.unite(added);
    for (auto it = editsOf.cbegin(); it != editsOf.cend(); ++it)
        checked.insert(it.key());
    for (Id id : std::as_const(checked)) {
        if (!initial.contains(id) || !final.returns.contains(id)) {
            if (editsOf.contains(id))
                verdict.lost << QStringLiteral("return %1: edited, but not in the database").arg(id);
            continue;
        }
        const ProgrammeReturn &now = final.returns.value(id);
        verifyChain(id, initial.value(id), editsOf.value(id), now, stamps.returns.value(id).revision, verdict);
        // Beyond its figures, no edit changes a return.
        ProgrammeReturn rest = now;
        rest.figures = initial.value(id).figures;
        if (rest != initial.value(id))
            verdict.lost << QStringLiteral("return %1: more than its figures changed").arg(id);
    }
    return verdict;
}

} // namespace dapp::bench
