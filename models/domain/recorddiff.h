// What differs between two versions of one record, field by field, in the words the table and
// panels use ("Self referred": "12" → "14"). A refused edit on a shared database says with it
// what someone else changed and what was not saved.
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

namespace dapp {

struct FieldChange
{
    QString label; // "Self referred", "Provider", "Caveats"
    QString from;
    QString to;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

QList<FieldChange> fieldChanges(const Letter &from, const Letter &to);
QList<FieldChange> fieldChanges(const Programme &from, const Programme &to);
QList<FieldChange> fieldChanges(const ProgrammeReturn &from, const ProgrammeReturn &to);
QList<FieldChange> fieldChanges(const ContextFigure &from, const ContextFigure &to);

// My change on top of someone else's: `now` (the record as they left it) with each field that
// `mine` changed from `seen` set as `mine` has it, and every field I left alone kept as they
// made it. A figure, a list (referrers, funders, caveats) or a date is one field.
Letter reapplied(const Letter &seen, const Letter &mine, const Letter &now);
Programme reapplied(const Programme &seen, const Programme &mine, const Programme &now);
ProgrammeReturn reapplied(const ProgrammeReturn &seen, const ProgrammeReturn &mine, const ProgrammeReturn &now);
ContextFigure reapplied(const ContextFigure &seen, const ContextFigure &mine, const ContextFigure &now);

} // namespace dapp
