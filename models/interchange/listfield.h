// The lists a cell of the tidy layout holds (referrers, funders, caveats): items separated by
// "; ". A ";" or "\" inside an item is written "\;" or "\\", so a caveat such as "covers DA;
// not stalking" comes back as one item. Text without a backslash reads as it always did.
#pragma once

#include <QString>
#include <QStringList>

namespace dapp {

QString joinListField(const QStringList &items);
// Splits at every ";" not escaped, trims each item and drops empty ones. A backslash before
// anything other than ";" or "\" is kept as written (a Windows path in a note stays whole).
QStringList splitListField(const QString &cell);

} // namespace dapp
