// Where a letter answers each question of the standard request. Letters restate the request
// before answering it, number answers as "2.", "2)", "Q2" or "Question 2", restate each
// question above its answer or not, and sometimes drop a number and only restate the question's
// words: a heading is any of these, and each question's answer is what follows its last
// heading, up to the next heading or the letter's closing lines.
#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringView>

namespace dapp {

// The evaluation link, which the request asks for between questions 8 and 9 without a number.
inline constexpr int kEvaluationQuestion = 11;

struct AnswerSection
{
    int question = 0;           // 1–10, or kEvaluationQuestion
    qsizetype headingStart = 0; // where the heading's line starts
    qsizetype start = 0;        // the answer's text: after a restated question, else after the number
    qsizetype end = 0;
    bool restated = false;      // the heading restates the question's words
    bool answeredAgain = false; // an earlier answer heading for the question (a block per cohort?)
    int groupedWith = 0;        // how many other questions share this answer ("Questions 2, 3 and 4")
    QStringView text(const QString &letter) const { return QStringView(letter).mid(start, end - start); }
};

// Each question's answer, by question number; a question the letter never heads is absent.
QMap<int, AnswerSection> findAnswerSections(const QString &letter);

// The questions whose words the letter restates anywhere (in its copy of the request, or above
// its answers): a letter that answers the standard request restates most of them.
QSet<int> questionsRestatedIn(const QString &letter);

// The question whose standard words `line` restates (all of them, with at most a few more),
// or 0. "The total number of referred females who have completed the programme" → 7.
int questionRestatedBy(QStringView line);

} // namespace dapp
