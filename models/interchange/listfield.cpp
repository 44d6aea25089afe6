// "; "-separated lists with "\;" and "\\" escapes.
#include "interchange/listfield.h"

namespace dapp {

QString joinListField(const QStringList &items)
{
    QStringList escaped;
    escaped.reserve(items.size());
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        item.replace(QLatin1Char(';'), QStringLiteral("\\;"));
        escaped << item;
    }
    return escaped.join(QStringLiteral("; "));
}

QStringList splitListField(const QString &cell)
{
    QStringList items;
    QString current;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == QLatin1Char('\\') && i + 1 < cell.size()
            && (cell.at(i + 1) == QLatin1Char(';') || cell.at(i + 1) == QLatin1Char('\\'))) {
            current += cell.at(++i);
        } else if (c == QLatin1Char(';')) {
            items << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    items << current.trimmed();
    items.removeAll(QString());
    return items;
}

} // namespace dapp
