// Explaining a refused edit in the words of the table.
#include "storage/conflictmessage.h"
#include "domain/areas.h"
#include "domain/recorddiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dapp {

namespace {
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(Conflict)
};

QString areaName(const QString &code)
{
    const Area *a = Areas::byCode(code);
    return a ? a->name : code;
}

// "the return of Drive (Avon and Somerset, 2022/23)", "letter FOI753", …
QString recordName(const ProjectData &data, const ProjectData &fallback, RecordTable table, Id id)
{
    switch (table) {
    case RecordTable::Letter: {
        const Letter l = data.letters.value(id, fallback.letters.value(id));
        return l.foiReference.isEmpty() ? T::tr("the letter from %1").arg(l.issuingBody)
                                        : T::tr("letter %1").arg(l.foiReference);
    }
    case RecordTable::Programme: {
        const Programme p = data.programmes.value(id, fallback.programmes.value(id));
        return T::tr("programme %1 (%2)").arg(p.name, areaName(p.areaCode));
    }
    case RecordTable::Return: {
        const ProgrammeReturn r = data.returns.value(id, fallback.returns.value(id));
        const Programme p = data.programmes.value(r.programmeId, fallback.programmes.value(r.programmeId));
        const Letter l = data.letters.value(r.letterId, fallback.letters.value(r.letterId));
        return T::tr("the return of %1 (%2, %3)").arg(p.name, areaName(p.areaCode), l.financialYear);
    }
    case RecordTable::ContextFigure: {
        const ContextFigure c = data.contextFigures.value(id, fallback.contextFigures.value(id));
        return T::tr("the figure “%1” (%2)").arg(c.label, c.period);
    }
    }
    return {};
}

QList<FieldChange> changesOf(const ProjectData &a, const ProjectData &b, RecordTable table, Id id)
{
    switch (table) {
    case RecordTable::Letter:
        return fieldChanges(a.letters.value(id), b.letters.value(id));
    case RecordTable::Programme:
        return fieldChanges(a.programmes.value(id), b.programmes.value(id));
    case RecordTable::Return:
        return fieldChanges(a.returns.value(id), b.returns.value(id));
    case RecordTable::ContextFigure:
        return fieldChanges(a.contextFigures.value(id), b.contextFigures.value(id));
    }
    return {};
}

bool holds(const ProjectData &d, RecordTable table, Id id)
{
    switch (table) {
    case RecordTable::Letter:
        return d.letters.contains(id);
    case RecordTable::Programme:
        return d.programmes.contains(id);
    case RecordTable::Return:
        return d.returns.contains(id);
    case RecordTable::ContextFigure:
        return d.contextFigures.contains(id);
    }
    return false;
}

QString when(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return QString();
    t = t.toLocalTime();
    const QString time = QLocale().toString(t.time(), QLocale::ShortFormat);
    return t.date() == QDate::currentDate() ? T::tr(" at %1").arg(time)
                                            : T::tr(" on %1 at %2").arg(QLocale().toString(t.date(), QLocale::ShortFormat), time);
}

template <typename Map>
std::optional<Id> firstDiffering(const Map &seen, const Map &now)
{
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (!now.contains(it.key()) || !(now[it.key()] == *it))
            return it.key();
    return std::nullopt;
}
} // namespace

QString describeConflict(const ProjectData &seen, const ProjectData &mine, const ProjectData &now,
                         const WriteConflict &conflict)
{
    const QString name = recordName(now, seen, conflict.table, conflict.id);
    const QList<FieldChange> yours = changesOf(seen, mine, conflict.table, conflict.id);
    const bool youRemove = !holds(mine, conflict.table, conflict.id);
    if (conflict.dependantsAdded)
        return T::tr("Someone else added to %1 since you read it (a return or a figure that belongs to it); your "
                     "removal was not saved.")
            .arg(name);
    if (conflict.removed || !holds(now, conflict.table, conflict.id))
        return T::tr("Someone else removed %1; your change was not saved.").arg(name);
    const QString who = conflict.theirs.changedBy.isEmpty() ? T::tr("Someone else") : conflict.theirs.changedBy;
    const QList<FieldChange> theirs = changesOf(seen, now, conflict.table, conflict.id);
    QStringList said;
    for (const FieldChange &c : theirs.mid(0, 3))
        said << T::tr("%1 from %2 to %3").arg(c.label, c.from, c.to);
    if (theirs.size() > 3)
        said << T::tr("%n more", nullptr, int(theirs.size() - 3));
    QString message = said.isEmpty() ? T::tr("%1 changed %2%3").arg(who, name, when(conflict.theirs.changedAt))
                                     : T::tr("%1 changed %2 of %3%4").arg(who, said.join(QStringLiteral(", ")), name,
                                                                         when(conflict.theirs.changedAt));
    if (youRemove) {
        message += T::tr("; your removal was not saved.");
    } else if (!yours.isEmpty()) {
        // "your 15": the value, when it is the same field they changed; else the field too.
        const FieldChange &first = yours.constFirst();
        const bool sameField = !theirs.isEmpty() && theirs.constFirst().label == first.label;
        message += sameField ? T::tr("; your %1 was not saved.").arg(first.to)
                             : T::tr("; your %1 %2 was not saved.").arg(first.label, first.to);
    } else {
        message += T::tr("; your change was not saved.");
    }
    return message;
}

std::optional<WriteConflict> firstConflict(const ProjectData &seen, const ProjectData &now, const RecordStamps &stamps)
{
    const auto make = [&](RecordTable table, Id id) {
        WriteConflict c{table, id, !holds(now, table, id), stamps.of(table).value(id)};
        return c;
    };
    if (const auto id = firstDiffering(seen.returns, now.returns))
        return make(RecordTable::Return, *id);
    if (const auto id = firstDiffering(seen.contextFigures, now.contextFigures))
        return make(RecordTable::ContextFigure, *id);
    if (const auto id = firstDiffering(seen.programmes, now.programmes))
        return make(RecordTable::Programme, *id);
    if (const auto id = firstDiffering(seen.letters, now.letters))
        return make(RecordTable::Letter, *id);
    return std::nullopt;
}

} // namespace dapp
