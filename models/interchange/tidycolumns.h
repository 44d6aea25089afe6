// Which column of a hand-made sheet holds which field of the tidy layout, from its header as
// people write it ("Self referrals", "Accepted (self)", "Budget £", "Police force area",
// "Delivered by"). The import dialog shows the mapping and lets the user correct it.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dapp {

// The tidy column a header names ("self_accepted"), or empty when it names none.
QString tidyColumnForHeader(const QString &header);

struct TidyMapping
{
    QHash<QString, int> columnOf; // tidy key → index in the row (from 0)
    QStringList unused;           // headers that name no tidy column, as written
    // Two headers naming the same field: (key, first header, second header).
    struct Clash
    {
        QString key;
        int first = 0;
        int second = 0;
    };
    QList<Clash> clashes;
    // The fields a row cannot do without that no header names.
    QStringList missingRequired() const;
    int column(const QString &key) const { return columnOf.value(key, -1); }
};

TidyMapping mapTidyHeader(const QStringList &header);
// The keys a tidy row must have: area, financial_year, cohort, programme.
const QStringList &requiredTidyColumns();
// How a key is shown to users ("Accepted (self)") in messages and the dialog.
QString tidyColumnLabel(const QString &key);

} // namespace dapp
