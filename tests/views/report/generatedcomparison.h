// A made-up project of any size, for the report's tests and benchmark: four programmes per
// letter across the 43 areas, three years and both cohorts, with missing figures of every
// status, real zeros, caveats on single figures and on whole returns.
#pragma once

#include "domain/areas.h"
#include "domain/comparison.h"

namespace dapp::test {

inline ProjectData generatedProject(int returnCount)
{
    static const QStringList names {QStringLiteral("Drive"), QStringLiteral("Changes Program"),
        QStringLiteral("The Keys Project"), QStringLiteral("Dena’s Group"),
        QStringLiteral("Building Better Relationships"),
        QStringLiteral("Out of Court Resolutions (OOCR)")};
    static const QStringList providers {QStringLiteral("Cranstoun"), QStringLiteral("Glow"), QStringLiteral("Salcare"),
        QStringLiteral("The Elm Foundation"), QStringLiteral("FreeVa"), QString()};
    static const QList<FigureStatus> missing {FigureStatus::NotApplicable, FigureStatus::NotHeld,
        FigureStatus::HeldByProvider, FigureStatus::Withheld, FigureStatus::NotProvided};
    static const QStringList years {QStringLiteral("2021/22"), QStringLiteral("2022/23"), QStringLiteral("2023/24")};
    QList<Area> areas = Areas::all();
    areas.removeLast(); // Unknown
    ProjectData p;
    Letter letter;
    for (int i = 0; i < returnCount; ++i) {
        if (i % 4 == 0) {
            const int n = i / 4;
            letter = Letter {};
            letter.id = n + 1;
            letter.areaCode = areas[n % areas.size()].code;
            letter.issuingBody = QStringLiteral("Office of the Police and Crime Commissioner for %1")
                                     .arg(areas[n % areas.size()].name);
            letter.foiReference = QStringLiteral("FOI %1/2023").arg(n + 1);
            letter.requestReceived = QDate(2023, 5, 1).addDays(n % 60);
            letter.responseDate = n % 9 == 0 ? QDate() : letter.requestReceived.addDays(20);
            letter.financialYear = years[(n / areas.size()) % years.size()];
            letter.cohort = (n / (areas.size() * years.size())) % 2 ? Cohort::Female : Cohort::Male;
            p.letters.insert(letter.id, letter);
        }
        Programme programme;
        programme.id = i + 1;
        programme.areaCode = letter.areaCode;
        programme.name = names[i % names.size()];
        programme.provider = providers[(i / 2) % providers.size()];
        programme.riskLevel = i % 3 ? QStringLiteral("standard/medium") : QStringLiteral("high");
        p.programmes.insert(programme.id, programme);
        ProgrammeReturn r;
        r.id = i + 1;
        r.letterId = letter.id;
        r.programmeId = programme.id;
        for (FigureField f : kAllFigureFields) {
            const int k = i * 7 + int(f);
            if (k % 11 == 0)
                r.figure(f) = Figure::withStatus(missing[(k / 11) % missing.size()]);
            else if (f == FigureField::Budget)
                r.figure(f) = Figure::reported(qint64(k % 997) * 31337 + 4416100);
            else
                r.figure(f) = Figure::reported(k % 13 == 0 ? 0 : (k * 37) % 160 / (int(f) % 3 + 1));
        }
        if (i % 5 == 0)
            r.caveats << Caveat {QStringLiteral("generated caveat %1 on the agency figures").arg(i % 40),
                {FigureField::AgencyReferred, FigureField::AgencyAccepted}};
        if (i % 7 == 0)
            r.caveats << Caveat {QStringLiteral("generated caveat %1 on the whole return").arg(i % 30), {}};
        p.returns.insert(r.id, r);
    }
    return p;
}

inline Comparison generatedComparison(int returnCount)
{
    return computeComparison(generatedProject(returnCount));
}

} // namespace dapp::test
