// A large tidy CSV for the tests that import while something goes wrong (a kill, a server
// shared with others): returns the sample does not have, whose figures hang together.
#pragma once

#include "domain/areas.h"
#include "formats/csv.h"
#include "interchange/tidycsv.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dapp::test {

// A tidy CSV of `rows` returns, none of which the sample has (their programmes are named for
// this test), with figures that hang together so the import has nothing to warn about.
inline bool writeBigTidyCsv(const QString &path, int rows)
{
    static const QStringList providers = {QStringLiteral("Cranstoun"), QStringLiteral("Glow"), QStringLiteral("Salcare"),
                                          QStringLiteral("The Elm Foundation"), QStringLiteral("FreeVa")};
    QStringList areas;
    for (const Area &area : Areas::all())
        if (area.code != kUnknownAreaCode)
            areas << Areas::interchangeName(area.code);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream csv(&file);
    csv << csvLine(tidyCsvColumns());
    const int combinations = int(areas.size()) * 25 * 2; // area, year, cohort
    for (int i = 0; i < rows; ++i) {
        const int combination = i % combinations;
        const int programme = i / combinations;
        const int y = (combination / 2) % 25;
        const QString year = QStringLiteral("%1/%2").arg(2000 + y).arg((1 + y) % 100, 2, 10, QLatin1Char('0'));
        const int referred = 20 + i % 50;
        const int accepted = referred / 2;
        csv << csvLine({areas.at(combination / 50), year, combination % 2 ? QStringLiteral("female") : QStringLiteral("male"),
                        QStringLiteral("Kill Test Programme %1").arg(programme), providers.at(programme % providers.size()),
                        QStringLiteral("high"), QString::number(referred), QString::number(accepted),
                        QString::number(accepted / 2), QString::number(referred + 3), QString::number(accepted + 1),
                        QString::number(accepted / 3), QStringLiteral("%1.00").arg(20000 + i % 9000),
                        QStringLiteral("Police; MARAC"), QStringLiteral("PCC"), QString(),
                        QStringLiteral("FOI %1/%2").arg(combination / 50).arg(2000 + y), QString(), QString()});
    }
    csv.flush();
    return csv.status() == QTextStream::Ok && file.flush();
}

} // namespace dapp::test
