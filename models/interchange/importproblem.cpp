// Problems in words.
#include "interchange/importproblem.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace dapp {

namespace {
struct ImportProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblem)
};
} // namespace

QString ImportProblem::where() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!sheet.isEmpty())
        parts << ImportProblemText::tr("sheet “%1”").arg(sheet);
    if (row > 0)
        parts << ImportProblemText::tr("row %1").arg(row);
    if (columnNumber > 0 && !column.isEmpty())
        parts << ImportProblemText::tr("column %1 “%2”").arg(columnNumber).arg(column);
    else if (columnNumber > 0)
        parts << ImportProblemText::tr("column %1").arg(columnNumber);
    else if (!column.isEmpty())
        parts << ImportProblemText::tr("column “%1”").arg(column);
    return parts.join(QStringLiteral(", "));
}

QString ImportProblem::describe() const
{
    const QString place = where();
    return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
}

QList<ImportProblem> inFileOrder(const QList<ImportProblem> &reading, const QList<ImportProblem> &planning)
{
    QList<ImportProblem> all = reading + planning;
    std::stable_sort(all.begin(), all.end(), [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    return all;
}

int countErrors(const QList<ImportProblem> &problems)
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.isError(); }));
}

} // namespace dapp
