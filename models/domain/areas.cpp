// Reads the embedded area list.
#include "domain/areas.h"
#include "formats/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace dapp {

namespace {
QList<Area> loadAreas()
{
    QList<Area> areas;
    QFile file(QStringLiteral(":/dapp/areas/police_force_areas.csv"));
    if (file.open(QIODevice::ReadOnly)) {
        const auto rows = parseCsv(QString::fromUtf8(file.readAll()));
        for (qsizetype i = 1; i < rows.size(); ++i) { // row 0 is the header
            const QStringList &row = rows[i];
            if (row.size() >= 4)
                areas << Area{row[0], row[1], row[2], row[3]};
        }
    }
    Q_ASSERT_X(areas.size() == 43, "Areas", "the embedded area list must hold 43 areas");
    areas << Area{kUnknownAreaCode, QCoreApplication::translate("Areas", "Unknown"), QString(),
                  QCoreApplication::translate("Areas", "Area not stated in the letter")};
    return areas;
}
struct Populations
{
    QHash<QString, qint64> byCode;
    QString asOf;
};

const Populations &populations()
{
    static const Populations loaded = [] {
        Populations p;
        QFile file(QStringLiteral(":/dapp/areas/police_force_area_population.csv"));
        if (file.open(QIODevice::ReadOnly)) {
            const auto rows = parseCsv(QString::fromUtf8(file.readAll()));
            for (qsizetype i = 1; i < rows.size(); ++i) { // code,name,population,as_of
                if (rows[i].size() >= 4) {
                    p.byCode.insert(rows[i][0], rows[i][2].toLongLong());
                    p.asOf = rows[i][3];
                }
            }
        }
        Q_ASSERT_X(p.byCode.size() == 43, "Areas", "the embedded populations must cover the 43 areas");
        return p;
    }();
    return loaded;
}
} // namespace

std::optional<qint64> Areas::population(const QString &code)
{
    const auto it = populations().byCode.constFind(code);
    return it == populations().byCode.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

QString Areas::populationAsOf()
{
    return populations().asOf;
}

const QList<Area> &Areas::all()
{
    static const QList<Area> areas = loadAreas();
    return areas;
}

const Area *Areas::byCode(const QString &code)
{
    for (const Area &a : all())
        if (a.code == code)
            return &a;
    return nullptr;
}

const Area *Areas::byName(const QString &name)
{
    const QString n = name.trimmed();
    for (const Area &a : all())
        if (a.name.compare(n, Qt::CaseInsensitive) == 0 || (a.code == kUnknownAreaCode && n.compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0))
            return &a;
    return nullptr;
}

QString Areas::nameOf(const QString &code)
{
    const Area *a = byCode(code);
    return a ? a->name : code;
}

QString Areas::interchangeName(const QString &code)
{
    return code == kUnknownAreaCode ? QStringLiteral("Unknown") : nameOf(code);
}

} // namespace dapp
