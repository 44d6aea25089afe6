// Names an import already knows (an area's programmes or providers, the project's and those the
// import itself gives), found again when a row writes one a little differently: the same once
// case, apostrophes and "Ltd" are left out and other punctuation read as a space ("GLOW Ltd",
// "Glow"; "Dena's Group", "Denas Group"), or with a slip at the end of a word ("Changes
// Programme", "Changes Program"), as OpenRefine's clustering finds them. Digits and other words
// tell names apart ("Phase 1", "Phase 2"; "DAPP East", "DAPP West"). A look-up
// is a few hash look-ups, however many names are known: an import of thousands of names into a
// project of thousands stays quick.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

// "GLOW Ltd" → "glow", "Dena's Group" → "denas group": case, apostrophes, "Ltd", "Limited",
// "CIC", "PLC", "UK" and "the" left out, other punctuation a space.
QString foldName(const QString &name);

class NearNames
{
public:
    struct Known
    {
        QString name;
        QString place; // where the import gives it ("returns.csv, row 4"); empty: the project has it
    };

    // Known from now on; a name known already keeps where it was first given.
    void add(const QString &name, const QString &place = {});
    // The known name `written` is most like, the one known first among equals; nullopt when
    // `written` itself is known, or nothing is like it. It remembers `written`'s folding for an
    // add() of the same name: like add(), one thread at a time.
    std::optional<Known> like(const QString &written) const;

private:
    QList<Known> m_known;
    QList<QString> m_folded;              // m_known's names, folded
    QSet<QString> m_names;                // as written
    QHash<QString, qsizetype> m_byFolded; // the first known with each folding
    // The folded words with one of them cut to its first four letters, for each such word: two
    // names a slip apart share one of these.
    QHash<QString, QList<qsizetype>> m_bySlip;
    // The name like() last looked for, its folding and slip keys (none made when its folding was
    // found): what add() of the same name needs.
    struct LookedFor
    {
        QString written;
        QString folded;
        std::optional<QStringList> slipKeys;
    };
    mutable std::optional<LookedFor> m_lastLookedFor;
};

} // namespace dapp
