// Reading one answer of a letter as the figure it gives: a number in a sentence ("There have
// been 25 males referred"), a number in words, a real zero ("The answer to this question is
// zero"), not applicable ("It is not possible to self-refer"), not held, held by the provider,
// withheld under a named exemption, a reference to another answer, money with pence. What the
// reader cannot be sure of it says, with why: a confident wrong figure is worse than none.
#pragma once

#include "domain/figure.h"
#include "letters/answersections.h"
#include "letters/letterextraction.h"

#include <QList>
#include <QString>

namespace dapp {

struct FigureReading
{
    Figure figure; // its quote is the sentence read
    Evidence evidence;
    int seeQuestion = 0; // "see answer to question 2": the figure is that answer's (resolved later)
};

// `section` is the answer in `letter`.
FigureReading readFigureAnswer(const QString &letter, const AnswerSection &section, FigureKind kind);

// The sentence of `letter` around [start, end) within the answer: trimmed, with its range.
struct Sentence
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView text(const QString &letter) const { return QStringView(letter).mid(start, end - start); }
    friend bool operator==(const Sentence &, const Sentence &) = default;
};
QList<Sentence> sentencesOf(const QString &letter, qsizetype start, qsizetype end);

// A number a letter states, where it stands.
struct StatedNumber
{
    qint64 value = 0; // a count, or pence when `money`
    bool money = false;
    qsizetype start = 0;
    qsizetype end = 0;
    QString doubt;          // why it may not be the figure: "fewer than 5", "£1.2m", too large to read
    QString qualified;      // the number with what qualifies it: "fewer than 5"
    bool atMost = false;    // "fewer than 5", "<5": a small number withheld, not a figure
    bool usable = true;     // false: no value could be read from it (it only adds a doubt)

    StatedNumber() = default;
    StatedNumber(qint64 v, bool isMoney, qsizetype from, qsizetype to)
        : value(v), money(isMoney), start(from), end(to)
    {
    }
};
// The counts (digits or words: "twenty-five") and the amounts of money (with £) of the text in
// [start, end): not years ("2022/23"), dates, percentages, durations ("3-5 years"), ordinals or
// question numbers ("question 2", "7.").
QList<StatedNumber> statedNumbers(const QString &letter, qsizetype start, qsizetype end);

// Caveats the answer's sentences state about its figure ("this covers all crime types, not
// just DA", "2 referrals were continuing to engage … but had not yet completed"); `key` says
// which ones are the same caveat worded twice.
struct StatedCaveat
{
    QString text;
    QString key;
    Sentence sentence;
};
QList<StatedCaveat> statedCaveats(const QString &letter, const AnswerSection &section, FigureField field);

} // namespace dapp
