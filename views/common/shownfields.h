// Line edits that show what the project holds without taking away what the user is typing.
// A refresh (someone else's change arriving on a team database, an undo) leaves alone a field
// the user has typed in and not yet committed, and each field remembers what it showed when the
// typing began, so that the change is made over that: someone else's change to the same field
// meanwhile is then refused by the store with both values, never written over unseen.
#pragma once

#include <QHash>
#include <QString>

class QLineEdit;

namespace dapp {

class ShownFields
{
public:
    // Shows `stored` in `edit`, unless the user has typed there since it was last shown.
    void show(QLineEdit *edit, const QString &stored);
    // Whether the user's text (trimmed) differs from what `edit` showed.
    bool typed(const QLineEdit *edit) const;
    // What `edit` showed before the user typed.
    QString seen(const QLineEdit *edit) const;
    // The typing is committed (or given up): the next show() replaces it with what is stored.
    static void done(QLineEdit *edit);
    // Off: the text can be selected and copied, not changed, and the field looks it (the
    // window's colour behind the text, as a label's), so a viewer is not invited to type.
    static void setEditable(QLineEdit *edit, bool editable);

private:
    QHash<const QLineEdit *, QString> m_seen;
};

} // namespace dapp
