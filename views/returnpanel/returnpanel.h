// The return beside the table: its programme's details, referrers, funders and caveats, and
// the note and quote of the current figure. Every change is one undo step named after the return.
#pragma once

#include "domain/entities.h"
#include "editing/edits.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace dapp {

class CaveatsEditor;
class FundersEditor;
class ListEditor;
class ProjectStore;

class ReturnPanel : public QWidget
{
    Q_OBJECT
public:
    ReturnPanel(ProjectStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    // 0: none. `field`: the figure whose note and quote are shown.
    void showReturn(Id returnId, std::optional<FigureField> field = std::nullopt);
    Id returnId() const { return m_returnId; }
    QString problem() const; // why the last change was refused, while it shows
    // Where "Use letter selection" takes the quote from: the text selected in this return's
    // letter, or nothing when none is (or another letter is shown).
    void setQuoteSource(std::function<QString()> source) { m_quoteSource = std::move(source); }

    FundersEditor *fundersEditor() const { return m_funders; }
    CaveatsEditor *caveatsEditor() const { return m_caveats; }
    ListEditor *referrersEditor() const { return m_referrers; }

private:
    QWidget *createProgrammeFields();
    QWidget *createFigureFields();
    void refresh();
    void commitProgramme();
    void commitNote();
    void setQuote(const QString &quote);
    void showProblem(const QString &message); // empty hides it
    void editReturn(const std::function<void(ProgrammeReturn &)> &change, ReturnPart part);

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    Id m_returnId = 0;
    std::optional<FigureField> m_field;
    std::function<QString()> m_quoteSource;
    bool m_refreshing = false;

    QLabel *m_title;
    QLabel *m_problem;
    QWidget *m_body;
    QLineEdit *m_name;
    QLineEdit *m_provider;
    QLineEdit *m_risk;
    QLineEdit *m_audience;
    QLineEdit *m_scope;
    QLineEdit *m_coverage;
    QLineEdit *m_evaluation;
    ListEditor *m_referrers;
    FundersEditor *m_funders;
    CaveatsEditor *m_caveats;
    QLabel *m_figureTitle;
    QLineEdit *m_note;
    QPlainTextEdit *m_quote;
    QPushButton *m_useSelection;
    QPushButton *m_clearQuote;
};

} // namespace dapp
