// Reading a funder's amount and share as typed, and the rules a list of funders keeps.
#pragma once

#include "domain/entities.h"

#include <optional>

namespace dapp {

struct FunderValueParse
{
    bool ok = true; // empty text is ok: "not given"
    std::optional<qint64> amountPence;
    std::optional<double> sharePercent;
    QString error;
};

// "£91,075", "91075.50" → pence; empty → none.
FunderValueParse parseFunderAmount(const QString &text);
// "40%", "40", "33.5 %" → a share from 0 to 100; empty → none.
FunderValueParse parseFunderShare(const QString &text);
// Why the list cannot be stored (a funder with no name, shares over 100 % in total), or empty.
QString fundersProblem(const QList<Funder> &funders);

} // namespace dapp
