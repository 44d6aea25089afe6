// The selected letter: its metadata (editable, each change one undo step) and its full text.
#pragma once

#include "common/shownfields.h"
#include "domain/entities.h"
#include "letterpanel/letterdocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;
class QUndoStack;

namespace dapp {

class ContextFiguresEditor;
class ProjectStore;

class LetterDetailPanel : public QWidget
{
    Q_OBJECT
public:
    LetterDetailPanel(ProjectStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    // The fields commit on losing focus, which their deletion with this panel may cause; by
    // then the panel's own members are gone.
    ~LetterDetailPanel() override;

    void showLetter(Id letterId); // 0: none
    Id letterId() const { return m_letterId; }
    // Selects the quote in the letter text, so "where did this number come from?" is one click;
    // a sentence that answers several questions is selected under `questionNumber`'s heading.
    void highlightQuote(const QString &quote, int questionNumber = 0);
    // As highlightQuote; a row of the letter's table selects the programme's own cell.
    void highlightFigure(const QString &quote, int questionNumber, const Programme &programme,
                         const TextRange &stored = {});
    void focusFirstField();
    // The text selected in the letter (table cells joined by tabs), for a figure's quote.
    QString selectedText() const;

private:
    void refresh();
    void commit();
    void setEnabledFields(bool exists, bool editable);
    void setTextEditing(bool editing);

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    Id m_letterId = 0;
    bool m_refreshing = false;
    ShownFields m_shown;
    QString m_seenText; // the letter's text when its editing began, which the edit is made over

    QComboBox *m_kind;
    QComboBox *m_area;
    QLineEdit *m_issuingBody;
    QLineEdit *m_reference;
    QLineEdit *m_received;
    QLineEdit *m_responded;
    QLineEdit *m_year;
    QComboBox *m_cohort;
    ContextFiguresEditor *m_context;
    QLabel *m_problem;
    QTextEdit *m_text;
    LetterDocument m_document;
    QToolButton *m_editText;
};

} // namespace dapp
