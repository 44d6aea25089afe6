// The programmes a letter names in prose (the answer to question 1, a sentence saying what the
// office commissions), with their providers; the service provider it names anywhere; the risk
// level a passage names.
#pragma once

#include "domain/entities.h"
#include "letters/answerreading.h"
#include "letters/letterextraction.h"

#include <QList>
#include <QString>

namespace dapp {

struct NamedProgramme
{
    QString name;
    QString provider;
    Evidence evidence;
    bool refusesCohort = false; // "does not accept female perpetrators" when females were asked about
    QString refusal;
};

// The programmes `sentences` of `text` name, each once, in the order named; for the cohort asked
// about, whether the letter says a programme does not accept it.
QList<NamedProgramme> namedProgrammes(const QString &text, const QList<Sentence> &sentences, Cohort cohort);

// The service provider `text` names, or "".
QString serviceProviderNamed(const QString &text);

// "high" or "standard/medium" when `text` names one of them (and not both), else "".
QString riskLevelIn(const QString &text);

} // namespace dapp
