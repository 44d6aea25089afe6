// Figure editing with status-word completion and an inline reason for refused text.
#include "table/figureeditor.h"

#include <QCompleter>

namespace dapp {

FigureValidator::FigureValidator(FigureKind kind, QObject *parent)
    : QValidator(parent)
    , m_kind(kind)
{
}

QValidator::State FigureValidator::validate(QString &input, int &) const
{
    return parseFigure(input, m_kind).figure ? Acceptable : Intermediate;
}

FigureEditor::FigureEditor(FigureKind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
{
    setValidator(new FigureValidator(kind, this));
    auto *completer = new QCompleter(QStringList{QStringLiteral("n/a"), QStringLiteral("not held"),
                                                 QStringLiteral("held by provider"), QStringLiteral("withheld")},
                                     this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Inline, not a popup: the rest of the word is proposed selected, and Enter commits it.
    completer->setCompletionMode(QCompleter::InlineCompletion);
    setCompleter(completer);
    setPlaceholderText(tr("number, n/a, not held, held by provider, withheld, or empty"));
    connect(this, &QLineEdit::textEdited, this, &FigureEditor::showProblem);
}

QString FigureEditor::problem() const { return parseFigure(text(), m_kind).error; }

void FigureEditor::showProblem()
{
    const QString message = problem();
    setToolTip(message);
    setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #ffe4e1; }"));
    emit problemChanged(message); // the window shows it beside the table
}

} // namespace dapp
