// Names and question numbers of the figure fields.
#include "domain/figurefield.h"

#include <QCoreApplication>

namespace dapp {

namespace {
struct FieldInfo
{
    const char *key;
    const char *label;
    int question;
};

FieldInfo fieldInfo(FigureField field)
{
    switch (field) {
    case FigureField::SelfReferred: return {"self_referred", QT_TRANSLATE_NOOP("FigureField", "Self referred"), 2};
    case FigureField::SelfAccepted: return {"self_accepted", QT_TRANSLATE_NOOP("FigureField", "Self accepted"), 3};
    case FigureField::SelfCompleted: return {"self_completed", QT_TRANSLATE_NOOP("FigureField", "Self completed"), 4};
    case FigureField::AgencyReferred:
        return {"agency_referred", QT_TRANSLATE_NOOP("FigureField", "Agency referred"), 5};
    case FigureField::AgencyAccepted:
        return {"agency_accepted", QT_TRANSLATE_NOOP("FigureField", "Agency accepted"), 6};
    case FigureField::AgencyCompleted:
        return {"agency_completed", QT_TRANSLATE_NOOP("FigureField", "Agency completed"), 7};
    case FigureField::Budget: return {"budget_gbp", QT_TRANSLATE_NOOP("FigureField", "Budget"), 10};
    }
    return {"", "", 0};
}
} // namespace

FigureKind figureKind(FigureField field)
{
    return field == FigureField::Budget ? FigureKind::Money : FigureKind::Count;
}

int questionNumber(FigureField field) { return fieldInfo(field).question; }

QString fieldKey(FigureField field) { return QString::fromLatin1(fieldInfo(field).key); }

std::optional<FigureField> fieldFromKey(const QString &key)
{
    for (FigureField f : kAllFigureFields)
        if (fieldKey(f) == key)
            return f;
    return std::nullopt;
}

QString fieldLabel(FigureField field)
{
    return QCoreApplication::translate("FigureField", fieldInfo(field).label);
}

} // namespace dapp
