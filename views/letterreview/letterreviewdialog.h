// File › Open Letter…'s review: the letter on one side with every passage a proposal came from
// marked, the proposals on the other as an editable table. Selecting a proposal selects its quote
// in the letter; what needs a look stands out in amber and is stepped through from the keyboard
// (F8, Shift+F8; Ctrl+Return marks it right). Nothing is written here: the caller commits what
// the dialog gives back, as one transaction and one undo step.
#pragma once

#include "domain/project.h"
#include "letters/letterextraction.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dapp {

class LetterReviewModel;

class LetterReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `project` is what the letter would be added to: a letter it already holds is flagged.
    LetterReviewDialog(const ProjectData &project, LetterExtraction extraction, const QString &letterName,
                       QWidget *parent = nullptr);
    ~LetterReviewDialog() override;

    LetterExtraction extraction() const;
    int needingALookCount() const;

    // For tests and the keyboard: the proposal rows.
    QTableView *table() const { return m_table; }
    QPlainTextEdit *letterView() const { return m_letter; }
    QPushButton *addButton() const { return m_add; }
    void goToNextNeedingALook(bool backwards = false);
    void markCurrentChecked();

    void accept() override;

private:
    void showQuoteOfCurrent();
    void markPassages();
    void updateCounts();

    void checkRepeated();

    ProjectData m_project; // implicitly shared: a copy costs nothing
    LetterReviewModel *m_model = nullptr;
    QLabel *m_repeated = nullptr;
    QString m_letterText;
    QPlainTextEdit *m_letter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_add = nullptr;
    bool m_duplicate = false;
};

} // namespace dapp
