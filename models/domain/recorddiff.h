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

} // namespace dapp
