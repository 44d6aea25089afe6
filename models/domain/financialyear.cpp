// Reading and checking financial years.
#include "domain/financialyear.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dapp {

namespace {
QString canonical(int startYear)
{
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

FinancialYearParse parseFinancialYear(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    // "2022/23", "2022/2023", "2022-23", "22/23", "FY22/23", "FY 2022/23", "2022 to 2023".
    static const QRegularExpression form(QStringLiteral("^(?:fy\\s*)?(\\d{2}|\\d{4})\\s*(?:/|-|–|to)\\s*(\\d{2}|\\d{4})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = form.match(t);
    if (!match.hasMatch()) {
        return {QString(), QCoreApplication::translate("FinancialYear",
                                                       "“%1” is not a financial year; write it as 2022/23 "
                                                       "(2022/2023, 2022-23, 22/23 and FY22/23 are read too).")
                               .arg(t)};
    }
    const QString first = match.captured(1);
    const QString second = match.captured(2);
    const int start = first.size() == 2 ? 2000 + first.toInt() : first.toInt();
    const int end = second.size() == 2 ? (start / 100) * 100 + second.toInt() : second.toInt();
    const int expectedEnd = start + 1;
    if (end != expectedEnd && !(second.size() == 2 && end + 100 == expectedEnd)) {
        return {QString(), QCoreApplication::translate("FinancialYear",
                                                       "“%1” does not run from one year into the next; a "
                                                       "financial year is April to March, e.g. %2.")
                               .arg(t, canonical(start))};
    }
    return {canonical(start), QString()};
}

bool isCanonicalFinancialYear(const QString &year)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})/(\\d{2})$"));
    const auto match = form.match(year);
    return match.hasMatch() && (match.captured(1).toInt() + 1) % 100 == match.captured(2).toInt();
}

} // namespace dapp
