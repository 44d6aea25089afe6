// Financial years as people write them ("2022/2023", "22/23", "FY22/23", "2022-23") and the
// one form the project stores ("2022/23").
#pragma once

#include <QString>

namespace dapp {

struct FinancialYearParse
{
    QString year;  // canonical, e.g. "2022/23"; empty when refused (or when the text was empty)
    QString error; // why the text is not a financial year; empty when accepted
};

// Empty text is accepted as "no year". A year must run into the next one (2022/23, not 2022/24).
FinancialYearParse parseFinancialYear(const QString &text);
// True for the stored form: four digits, a slash, the next year's last two digits.
bool isCanonicalFinancialYear(const QString &year);

} // namespace dapp
