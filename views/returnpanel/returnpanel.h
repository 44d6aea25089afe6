// The return beside the table: its programme's details, referrers, funders and caveats, and
// the note and quote of the current figure. Every change is one undo step named after the return.
#pragma once

#include "common/shownfields.h"
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
    // The fields commit on losing focus, which their deletion with this panel may cause; by
    // then the panel's own members are gone.
    ~ReturnPanel() override;

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
    void refreshSoon(); // after a list's refused edit: back to what is stored
    void commitProgramme();
    void commitNote();
    void setQuote(const QString &quote);
    void showProblem(const QString &message); // empty hides it
    // `change` made to the return over it as the editor showed it: `asSeen` puts back into the
    // return as it is now what the editor showed of the part (see edits.h's `seen`).
    // True when the change was stored.
    bool editReturn(const std::function<void(ProgrammeReturn &)> &change,
                    const std::function<void(ProgrammeReturn &)> &asSeen, ReturnPart part);

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    Id m_returnId = 0;
    std::optional<FigureField> m_field;
    std::function<QString()> m_quoteSource;
    bool m_refreshing = false;
    ShownFields m_shown;

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
