// A line edit for one figure: completes status words, and shows why text is refused.
#pragma once

#include "domain/figure.h"

#include <QLineEdit>
#include <QValidator>

namespace dapp {

// Accepts what parseFigure accepts; anything else is Intermediate, so Enter does not commit.
class FigureValidator : public QValidator
{
    Q_OBJECT
public:
    FigureValidator(FigureKind kind, QObject *parent);
    State validate(QString &input, int &pos) const override;

private:
    FigureKind m_kind;
};

class FigureEditor : public QLineEdit
{
    Q_OBJECT
public:
    FigureEditor(FigureKind kind, QWidget *parent);
    // The message for the current text, empty when it is acceptable.
    QString problem() const;

signals:
    void problemChanged(const QString &message);

private:
    void showProblem();
    FigureKind m_kind;
};

} // namespace dapp
