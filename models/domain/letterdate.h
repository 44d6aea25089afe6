// Dates on letters as analysts type them: ISO (2024-05-19) or British (19/05/2024, 19 May 2024).
#pragma once

#include <QDate>
#include <QString>

namespace dapp {

struct LetterDateParse
{
    QDate date;    // invalid when the text was empty or refused
    QString error; // why the text is not a date; empty when accepted
};

// Empty text is accepted as "the letter does not say". A date that does not exist
// (2024-02-30) is refused with the reason, not as a form error.
LetterDateParse parseLetterDate(const QString &text);

} // namespace dapp
