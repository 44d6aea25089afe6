// What each field showed, kept apart from what the user types over it.
#include "common/shownfields.h"

#include <QLineEdit>

namespace dapp {

void ShownFields::show(QLineEdit *edit, const QString &stored)
{
    // isModified(): typed since the last setText(); editingFinished commits and calls done().
    if (edit->isModified())
        return;
    m_seen.insert(edit, stored);
    if (edit->text() != stored)
        edit->setText(stored);
}

bool ShownFields::typed(const QLineEdit *edit) const
{
    return edit->text().trimmed() != seen(edit).trimmed();
}

QString ShownFields::seen(const QLineEdit *edit) const
{
    return m_seen.value(edit);
}

void ShownFields::done(QLineEdit *edit)
{
    edit->setModified(false);
}

} // namespace dapp
