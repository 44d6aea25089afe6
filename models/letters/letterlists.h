// The lists a letter answers with, read into a proposed return: the organisations that refer
// to the programme (question 8) and those that fund it (question 9).
#pragma once

#include "letters/answersections.h"
#include "letters/letterextraction.h"

#include <QString>
#include <QStringList>

namespace dapp {

// `items`, with an item that joins known organisations by "/" split into them.
QStringList splitJoinedReferrers(const QStringList &items);

// The referrers `section` (the answer to question 8 in `text`) names, into `p` with their evidence.
void readReferrers(const QString &text, const AnswerSection &section, ProposedReturn &p);

// The funders `section` (the answer to question 9 in `text`) names, into `p` with their evidence.
void readFunders(const QString &text, const AnswerSection &section, ProposedReturn &p);

} // namespace dapp
