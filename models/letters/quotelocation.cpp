// Finds a quote under its own question's heading.
#include "letters/quotelocation.h"

#include <QRegularExpression>

namespace dapp {

int questionHeadingBefore(const QString &letterText, qsizetype position)
{
    // A line that starts with a question number, a full stop and a space: "7. The total…".
    static const QRegularExpression heading(QStringLiteral("^[ \\t]*(10|[1-9])\\.\\s"),
                                            QRegularExpression::MultilineOption);
    int number = 0;
    auto it = heading.globalMatch(letterText);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > position)
            break;
        number = m.captured(1).toInt();
    }
    return number;
}

TextRange locateQuote(const QString &letterText, const QString &quote, int questionNumber)
{
    if (quote.isEmpty())
        return {};
    const qsizetype first = letterText.indexOf(quote);
    if (first < 0)
        return {};
    for (qsizetype at = first; at >= 0; at = letterText.indexOf(quote, at + 1)) {
        if (questionHeadingBefore(letterText, at) == questionNumber)
            return {at, quote.size()};
    }
    return {first, quote.size()};
}

} // namespace dapp
