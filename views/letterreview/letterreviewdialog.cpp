// The review of an extracted letter: see letterreviewdialog.h.
#include "letterreview/letterreviewdialog.h"
#include "itemmodels/letterreviewmodel.h"
#include "letters/lettercommit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dapp {

LetterReviewDialog::LetterReviewDialog(const ProjectData &project, LetterExtraction extraction, const QString &letterName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_letterText(extraction.letter.text)
{
    setWindowTitle(tr("Review Letter — %1").arg(letterName));
    m_model = new LetterReviewModel(std::move(extraction), this);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check each proposal against the letter. Amber ones need a look: F8 goes to the next, "
                                "Shift+F8 back, Ctrl+Return marks one right. Double-click a value to correct it. Nothing "
                                "is added until you choose Add to Project."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_repeated = new QLabel(this);
    m_repeated->setWordWrap(true);
    m_repeated->setStyleSheet(QStringLiteral("QLabel { background: #ffd7d7; padding: 6px; }"));
    layout->addWidget(m_repeated);
    const QStringList notes = m_model->extraction().notes;
    if (!notes.isEmpty()) {
        auto *noted = new QLabel(notes.join(QLatin1Char('\n')), this);
        noted->setWordWrap(true);
        layout->addWidget(noted);
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_letter = new QPlainTextEdit(splitter);
    m_letter->setReadOnly(true);
    m_letter->setPlainText(m_letterText);
    m_letter->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_letter->setAccessibleName(tr("The letter"));
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(LetterReviewModel::ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->resizeColumnsToContents();
    m_table->setAccessibleName(tr("Proposed values"));
    splitter->addWidget(m_letter);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_refusal = new QLabel(this);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { color: #a00000; }"));
    layout->addWidget(m_refusal);
    auto *row = new QHBoxLayout;
    m_counts = new QLabel(this);
    row->addWidget(m_counts, 1);
    auto *next = new QPushButton(tr("Next to Check"), this);
    auto *right = new QPushButton(tr("Looks Right"), this);
    row->addWidget(next);
    row->addWidget(right);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add to Project"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    row->addWidget(buttons);
    layout->addLayout(row);

    connect(buttons, &QDialogButtonBox::accepted, this, &LetterReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterReviewDialog::reject);
    connect(next, &QPushButton::clicked, this, [this] { goToNextNeedingALook(); });
    connect(right, &QPushButton::clicked, this, &LetterReviewDialog::markCurrentChecked);
    auto *forward = new QShortcut(QKeySequence(Qt::Key_F8), this);
    auto *back = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this);
    auto *checked = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(forward, &QShortcut::activated, this, [this] { goToNextNeedingALook(); });
    connect(back, &QShortcut::activated, this, [this] { goToNextNeedingALook(true); });
    connect(checked, &QShortcut::activated, this, &LetterReviewDialog::markCurrentChecked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LetterReviewDialog::showQuoteOfCurrent);
    connect(m_model, &LetterReviewModel::dataChanged, this, [this] {
        markPassages();
        updateCounts();
        checkRepeated(); // a corrected reference or body may make it, or unmake it, a letter held
        m_refusal->clear();
    });
    connect(m_model, &LetterReviewModel::editRefused, this,
            [this](const QString &why) { m_refusal->setText(tr("Not changed: %1").arg(why)); });

    markPassages();
    updateCounts();
    checkRepeated();
    resize(1200, 760);
    // Start where the analyst's attention is needed, or at the top.
    const int first = m_model->nextNeedingALook(-1);
    m_table->selectRow(first >= 0 ? first : 0);
}

LetterReviewDialog::~LetterReviewDialog() = default;

LetterExtraction LetterReviewDialog::extraction() const { return m_model->extraction(); }
int LetterReviewDialog::needingALookCount() const { return m_model->needingALookCount(); }

void LetterReviewDialog::goToNextNeedingALook(bool backwards)
{
    const int row = m_model->nextNeedingALook(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1, backwards);
    if (row >= 0)
        m_table->selectRow(row);
}

void LetterReviewDialog::markCurrentChecked()
{
    if (m_table->currentIndex().isValid())
        m_model->markChecked(m_table->currentIndex().row());
    goToNextNeedingALook();
}

void LetterReviewDialog::showQuoteOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qsizetype start = current.siblingAtColumn(0).data(LetterReviewModel::QuoteStartRole).toLongLong();
    const qsizetype length = current.siblingAtColumn(0).data(LetterReviewModel::QuoteLengthRole).toLongLong();
    QTextCursor cursor(m_letter->document());
    if (start < 0 || length < 0 || start > m_letterText.size() || length > m_letterText.size() - start) {
        cursor.setPosition(0);
        m_letter->setTextCursor(cursor); // nothing in the letter for it: no old selection left to mislead
        return;
    }
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    m_letter->setTextCursor(cursor);
    m_letter->centerCursor();
}

void LetterReviewDialog::markPassages()
{
    // Every passage a proposal came from, light; those that need a look, amber.
    QList<QTextEdit::ExtraSelection> marks;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        const qsizetype start = i.data(LetterReviewModel::QuoteStartRole).toLongLong();
        const qsizetype length = i.data(LetterReviewModel::QuoteLengthRole).toLongLong();
        if (start < 0 || length <= 0 || start > m_letterText.size() || length > m_letterText.size() - start)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_letter->document());
        mark.cursor.setPosition(int(start));
        mark.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        mark.format.setBackground(i.data(LetterReviewModel::NeedsLookRole).toBool() ? QColor(255, 210, 120)
                                                                                   : QColor(222, 238, 255));
        marks << mark;
    }
    m_letter->setExtraSelections(marks);
}

void LetterReviewDialog::checkRepeated()
{
    const Id repeated = sameLetterIn(m_project, m_model->extraction().letter);
    m_duplicate = repeated != 0;
    m_repeated->setText(tr("<b>This letter is already in the project</b> (letter %1: the same FOI reference from the "
                           "same body, or the same text). It cannot be added twice; correct the reference if this is "
                           "another letter.")
                            .arg(repeated));
    m_repeated->setVisible(m_duplicate);
    m_add->setEnabled(!m_duplicate);
}

void LetterReviewDialog::updateCounts()
{
    const int left = m_model->needingALookCount();
    m_counts->setText(left == 0 ? tr("Every proposal is checked.")
                      : left == 1 ? tr("1 proposal needs a look.")
                                  : tr("%1 proposals need a look.").arg(left));
}

void LetterReviewDialog::accept()
{
    if (m_duplicate)
        return;
    const int left = m_model->needingALookCount();
    if (left > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Add to Project"),
            tr("%1 of the proposals still need a look. Add the letter anyway? Each figure not checked gets a note "
               "saying it was not reviewed.")
                .arg(left),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace dapp
