// Folding a name to its words, aliases of the areas' other names, and near names by edit distance.
#include "interchange/areamatch.h"
#include "domain/editdistance.h"
#include "domain/areas.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace dapp {

namespace {
struct AreaMatchText
{
    Q_DECLARE_TR_FUNCTIONS(AreaMatch)
};

// Lower case, "&" as "and", punctuation as spaces, and the words that name the office rather
// than the place ("PCC", "Police and Crime Commissioner", "Constabulary") left out.
QString fold(const QString &text)
{
    QString s = text.toLower();
    s.replace(QLatin1Char('&'), QStringLiteral(" and "));
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    s.replace(nonWord, QStringLiteral(" "));
    s = QLatin1Char(' ') + s.simplified() + QLatin1Char(' ');
    static const QStringList office = {
        QStringLiteral(" office of the "), QStringLiteral(" police fire and crime commissioner "),
        QStringLiteral(" police and crime commissioner "), QStringLiteral(" police crime commissioner "),
        QStringLiteral(" opcc "), QStringLiteral(" ofpcc "), QStringLiteral(" pfcc "), QStringLiteral(" pcc "),
        QStringLiteral(" constabulary "), QStringLiteral(" police force "), QStringLiteral(" police service "),
        QStringLiteral(" police "), QStringLiteral(" for "), QStringLiteral(" the "),
    };
    for (const QString &words : office)
        while (s.contains(words))
            s.replace(words, QStringLiteral(" "));
    return s.simplified();
}

// Other names an area goes by, folded; each means exactly one area.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> byName = {
            {QStringLiteral("hampshire and isle of wight"), QStringLiteral("Hampshire")},
            {QStringLiteral("isle of wight"), QStringLiteral("Hampshire")},
            {QStringLiteral("leicester leicestershire and rutland"), QStringLiteral("Leicestershire")},
            {QStringLiteral("leicestershire and rutland"), QStringLiteral("Leicestershire")},
            {QStringLiteral("county durham"), QStringLiteral("Durham")},
            {QStringLiteral("county durham and darlington"), QStringLiteral("Durham")},
            {QStringLiteral("dyfed powys"), QStringLiteral("Dyfed-Powys")},
            {QStringLiteral("met"), QStringLiteral("Metropolitan Police")},
            {QStringLiteral("metropolitan"), QStringLiteral("Metropolitan Police")},
            {QStringLiteral("mopac"), QStringLiteral("Metropolitan Police")},
            {QStringLiteral("mayor s office policing and crime"), QStringLiteral("Metropolitan Police")},
            {QStringLiteral("west mercia and warwickshire"), QString()}, // two areas: never one
            {QStringLiteral("greater manchester combined authority"), QStringLiteral("Greater Manchester")},
            {QStringLiteral("gmca"), QStringLiteral("Greater Manchester")},
            {QStringLiteral("west yorkshire combined authority"), QStringLiteral("West Yorkshire")},
            {QStringLiteral("south yorkshire mayoral combined authority"), QStringLiteral("South Yorkshire")},
            {QStringLiteral("unknown"), QStringLiteral("Unknown")},
            // The short forms the counties go by in letters and spreadsheets, and the forces'
            // initials; each means one area.
            {QStringLiteral("beds"), QStringLiteral("Bedfordshire")},
            {QStringLiteral("cambs"), QStringLiteral("Cambridgeshire")},
            {QStringLiteral("derbys"), QStringLiteral("Derbyshire")},
            {QStringLiteral("glos"), QStringLiteral("Gloucestershire")},
            {QStringLiteral("hants"), QStringLiteral("Hampshire")},
            {QStringLiteral("herts"), QStringLiteral("Hertfordshire")},
            {QStringLiteral("leics"), QStringLiteral("Leicestershire")},
            {QStringLiteral("lincs"), QStringLiteral("Lincolnshire")},
            {QStringLiteral("northants"), QStringLiteral("Northamptonshire")},
            {QStringLiteral("notts"), QStringLiteral("Nottinghamshire")},
            {QStringLiteral("staffs"), QStringLiteral("Staffordshire")},
            {QStringLiteral("warks"), QStringLiteral("Warwickshire")},
            {QStringLiteral("wilts"), QStringLiteral("Wiltshire")},
            {QStringLiteral("west mids"), QStringLiteral("West Midlands")},
            {QStringLiteral("w mids"), QStringLiteral("West Midlands")},
            {QStringLiteral("north yorks"), QStringLiteral("North Yorkshire")},
            {QStringLiteral("n yorks"), QStringLiteral("North Yorkshire")},
            {QStringLiteral("south yorks"), QStringLiteral("South Yorkshire")},
            {QStringLiteral("s yorks"), QStringLiteral("South Yorkshire")},
            {QStringLiteral("west yorks"), QStringLiteral("West Yorkshire")},
            {QStringLiteral("w yorks"), QStringLiteral("West Yorkshire")},
            {QStringLiteral("gtr manchester"), QStringLiteral("Greater Manchester")},
            {QStringLiteral("gmp"), QStringLiteral("Greater Manchester")},
            {QStringLiteral("tvp"), QStringLiteral("Thames Valley")},
            {QStringLiteral("mps"), QStringLiteral("Metropolitan Police")},
        };
        QHash<QString, QString> folded;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            folded.insert(fold(it.key()), it.value());
        return folded;
    }();
    return table;
}

QString codeOfName(const QString &name)
{
    if (name == QLatin1String("Unknown"))
        return kUnknownAreaCode;
    const Area *area = Areas::byName(name);
    return area ? area->code : QString();
}
} // namespace

QString areaRefusal(const QString &text, const AreaMatch &match)
{
    return match.suggestions.isEmpty()
               ? AreaMatchText::tr("“%1” is not one of the 43 police force areas (or Unknown)").arg(text)
               : AreaMatchText::tr("“%1” is not a police force area; did you mean %2?")
                     .arg(text, match.suggestions.join(AreaMatchText::tr(" or ")));
}

AreaMatch matchArea(const QString &text)
{
    AreaMatch m;
    const QString trimmed = text.trimmed();
    if (trimmed == Areas::interchangeName(kUnknownAreaCode)) {
        m.code = kUnknownAreaCode;
        m.exact = true;
        return m;
    }
    for (const Area &a : Areas::all()) {
        if (a.code != kUnknownAreaCode && a.name == trimmed) {
            m.code = a.code;
            m.exact = true;
            return m;
        }
    }
    const QString folded = fold(trimmed);
    if (folded.isEmpty())
        return m;
    QStringList names;
    for (const Area &a : Areas::all()) {
        if (a.code == kUnknownAreaCode)
            continue;
        names << a.name;
        if (fold(a.name) == folded) {
            m.code = a.code;
            return m;
        }
    }
    if (const auto it = aliases().constFind(folded); it != aliases().constEnd()) {
        m.code = it->isEmpty() ? QString() : codeOfName(*it);
        if (!m.code.isEmpty())
            return m;
    }
    // "London" is two forces' areas: both are offered, never one chosen.
    if (folded == QLatin1String("london") || folded == QLatin1String("greater london")) {
        m.suggestions = {QStringLiteral("Metropolitan Police"), QStringLiteral("City of London")};
        return m;
    }
    // Not matched: the nearest names, and every name the text is a part of ("York" → North,
    // South and West Yorkshire), so an ambiguous word is answered with all it could mean. A
    // text of a letter or two ("N/A" folds to "n a") is part of too many names to mean any.
    QList<std::pair<int, QString>> ranked;
    for (const QString &name : std::as_const(names)) {
        const QString candidate = fold(name);
        const int distance = editDistance(folded, candidate);
        const bool part = folded.size() >= 4 && (candidate.contains(folded) || folded.contains(candidate));
        if (part || distance <= std::max<qsizetype>(2, folded.size() / 4))
            ranked.append({part ? distance - 100 : distance, name});
    }
    std::sort(ranked.begin(), ranked.end());
    for (const auto &[score, name] : std::as_const(ranked))
        if (m.suggestions.size() < 4)
            m.suggestions << name;
    return m;
}

} // namespace dapp
