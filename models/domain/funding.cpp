// Funders' amounts and shares.
#include "domain/funding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace dapp {

namespace {
// Gives this file's strings one translation context. A class, not a function named tr: lupdate
// files a free tr() under the enclosing namespace, not the context it looks up.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(Funding)
};
} // namespace

FunderValueParse parseFunderAmount(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const FigureParse parsed = parseFigure(text, FigureKind::Money);
    if (!parsed.figure || !parsed.figure->isReported())
        return {false, {}, {}, parsed.error.isEmpty() ? T::tr("“%1” is not an amount of money").arg(text.trimmed()) : parsed.error};
    return {true, parsed.figure->value, {}, {}};
}

FunderValueParse parseFunderShare(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression share(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*%?$"));
    const auto m = share.match(t);
    if (!m.hasMatch())
        return {false, {}, {}, T::tr("“%1” is not a share; write a percentage such as 40%").arg(t)};
    const double value = m.captured(1).toDouble();
    if (value > 100)
        return {false, {}, {}, T::tr("“%1” is more than 100 %").arg(t)};
    return {true, {}, value, {}};
}

QString fundersProblem(const QList<Funder> &funders)
{
    double total = 0;
    for (qsizetype i = 0; i < funders.size(); ++i) {
        const Funder &f = funders.at(i);
        if (f.name.trimmed().isEmpty() && (f.amountPence || f.sharePercent))
            return T::tr("Funder %1 has an amount or share but no name.").arg(i + 1);
        total += f.sharePercent.value_or(0);
    }
    if (total > 100.0 + 1e-9) {
        return T::tr("The shares add up to %1 %; together they cannot be more than 100 %.")
            .arg(QString::number(total, 'g', QLocale::FloatingPointShortest));
    }
    return {};
}

} // namespace dapp
