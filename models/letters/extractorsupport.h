// What the extractor's files share: the context of their messages, and the evidence of a value
// the letter does not give.
#pragma once

#include "letters/letterextraction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace dapp {

// One context for the messages of all the extractor's files: the translations hold them under
// it, wherever the code that says them lives.
struct ExtractorText
{
    Q_DECLARE_TR_FUNCTIONS(LetterExtractor)
};

inline constexpr auto kCaseless = QRegularExpression::CaseInsensitiveOption;

// Nothing in the letter to quote for a value, and why.
inline Evidence missing(const QString &why)
{
    Evidence e;
    e.why = why;
    return e;
}

} // namespace dapp
