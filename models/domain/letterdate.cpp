// Reading dates typed from letters.
#include "domain/letterdate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace dapp {

namespace {
// Gives this file's strings one translation context. A class, not a function named tr: lupdate
// files a free tr() under the enclosing namespace, not the context it looks up.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(LetterDate)
};

int monthFromName(const QString &name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString n = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (n == QLatin1String(months[i]))
            return i + 1;
    return 0;
}

LetterDateParse checked(const QString &text, int year, int month, int day)
{
    if (month < 1 || month > 12)
        return {QDate(), T::tr("“%1”: there is no month %2.").arg(text).arg(month)};
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth()) {
        return {QDate(), T::tr("“%1”: %2 has %3 days.")
                             .arg(text, QLocale(QLocale::English, QLocale::UnitedKingdom).toString(first, QStringLiteral("MMMM yyyy")))
                             .arg(first.daysInMonth())};
    }
    return {QDate(year, month, day), QString()};
}
} // namespace

LetterDateParse parseLetterDate(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression british(QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$"));
    static const QRegularExpression written(QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+),?\\s+(\\d{4})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return checked(t, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = british.match(t); m.hasMatch())
        return checked(t, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = written.match(t); m.hasMatch() && monthFromName(m.captured(2)) != 0)
        return checked(t, m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt());
    return {QDate(), T::tr("“%1” is not a date; write it as 2024-05-19, 19/05/2024 or 19 May 2024.").arg(t)};
}

} // namespace dapp
