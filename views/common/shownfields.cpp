// What each field showed, kept apart from what the user types over it.
#include "common/shownfields.h"

#include <QApplication>
#include <QLineEdit>
#include <QPalette>

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

void ShownFields::setEditable(QLineEdit *edit, bool editable)
{
    if (edit->isReadOnly() == !editable)
        return;
    edit->setReadOnly(!editable);
    QPalette palette = edit->palette();
    const QPalette normal = QApplication::palette(edit);
    palette.setColor(QPalette::Base, editable ? normal.color(QPalette::Base) : normal.color(QPalette::Window));
    edit->setPalette(palette);
}

} // namespace dapp
