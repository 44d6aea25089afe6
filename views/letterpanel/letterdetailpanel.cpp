// Shows and edits a letter's metadata.
#include "letterpanel/letterdetailpanel.h"
#include "domain/areas.h"
#include "domain/financialyear.h"
#include "domain/letterdate.h"
#include "editing/edits.h"
#include "letterpanel/contextfigureseditor.h"
#include "letters/quotelocation.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dapp {

LetterDetailPanel::LetterDetailPanel(ProjectStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_kind(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_issuingBody(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_received(new QLineEdit(this))
    , m_responded(new QLineEdit(this))
    , m_year(new QLineEdit(this))
    , m_cohort(new QComboBox(this))
    , m_context(new ContextFiguresEditor(store, undoStack, this))
    , m_problem(new QLabel(this))
    , m_text(new QTextEdit(this))
    , m_editText(new QToolButton(this))
{
    for (LetterKind k : {LetterKind::FoiResponse, LetterKind::PanelReport})
        m_kind->addItem(letterKindLabel(k), int(k));
    for (const Area &a : Areas::all())
        m_area->addItem(a.name, a.code);
    for (Cohort c : {Cohort::Male, Cohort::Female, Cohort::All})
        m_cohort->addItem(cohortLabel(c), int(c));
    for (QLineEdit *date : {m_received, m_responded})
        date->setPlaceholderText(tr("2024-05-19 or 19/05/2024; empty if the letter does not say"));
    m_year->setPlaceholderText(tr("e.g. 2022/23 (2022/2023, 22/23 and FY22/23 are read too)"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    m_text->setAcceptRichText(false); // edited as the plain text of the letter
    // The letter is the ground truth: its text changes only on purpose, as one undo step.
    m_editText->setText(tr("&Edit letter text"));
    m_editText->setCheckable(true);
    m_editText->setToolTip(tr("Paste or correct the letter's text; click again to keep it."));
    connect(m_editText, &QToolButton::toggled, this, &LetterDetailPanel::setTextEditing);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("Issuing &body:"), m_issuingBody);
    form->addRow(tr("FOI &reference:"), m_reference);
    form->addRow(tr("Request re&ceived:"), m_received);
    form->addRow(tr("Res&ponse date:"), m_responded);
    form->addRow(tr("Financial &year:"), m_year);
    form->addRow(tr("C&ohort:"), m_cohort);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *context = new QGroupBox(tr("Context figures"), this);
    (new QVBoxLayout(context))->addWidget(m_context);
    layout->addWidget(context);
    layout->addWidget(m_editText, 0, Qt::AlignLeft);
    layout->addWidget(m_text, 1);

    for (QLineEdit *edit : {m_issuingBody, m_reference, m_received, m_responded, m_year})
        connect(edit, &QLineEdit::editingFinished, this, &LetterDetailPanel::commit);
    // Names for tests and accessibility tools.
    m_issuingBody->setObjectName(QStringLiteral("issuingBody"));
    m_reference->setObjectName(QStringLiteral("foiReference"));
    m_received->setObjectName(QStringLiteral("requestReceived"));
    m_responded->setObjectName(QStringLiteral("responseDate"));
    m_year->setObjectName(QStringLiteral("financialYear"));
    m_area->setObjectName(QStringLiteral("area"));
    m_editText->setObjectName(QStringLiteral("editLetterText"));
    m_text->setObjectName(QStringLiteral("letterText"));
    for (QComboBox *combo : {m_kind, m_area, m_cohort})
        connect(combo, &QComboBox::activated, this, &LetterDetailPanel::commit);
    connect(m_store, &ProjectStore::changed, this, &LetterDetailPanel::refresh);
    connect(m_store, &ProjectStore::reset, this, &LetterDetailPanel::refresh);
    connect(m_store, &ProjectStore::accessChanged, this, &LetterDetailPanel::refresh);
    refresh();
}

LetterDetailPanel::~LetterDetailPanel()
{
    for (QLineEdit *edit : {m_issuingBody, m_reference, m_received, m_responded, m_year})
        disconnect(edit, nullptr, this, nullptr);
}

void LetterDetailPanel::showLetter(Id letterId)
{
    if (letterId != m_letterId && m_editText->isChecked())
        m_editText->setChecked(false); // keeps the text typed into the letter it belongs to
    if (letterId != m_letterId) {
        // Typing not committed belonged to the letter shown before.
        for (QLineEdit *edit : {m_issuingBody, m_reference, m_received, m_responded, m_year})
            ShownFields::done(edit);
    }
    m_letterId = letterId;
    m_problem->hide();
    m_context->showLetter(letterId);
    refresh();
}

void LetterDetailPanel::setEnabledFields(bool exists, bool editable)
{
    for (QLineEdit *edit : {m_issuingBody, m_reference, m_received, m_responded, m_year}) {
        edit->setEnabled(exists);
        ShownFields::setEditable(edit, editable); // still selected and copied
    }
    for (QComboBox *combo : {m_kind, m_area, m_cohort})
        combo->setEnabled(exists && editable);
    // Text being edited when the project became read-only can still be kept (and is then
    // refused with why), so that leaving the editing is never blocked.
    m_editText->setEnabled(exists && (editable || m_editText->isChecked()));
}

void LetterDetailPanel::refresh()
{
    const auto it = m_store->data().letters.constFind(m_letterId);
    const bool exists = it != m_store->data().letters.constEnd();
    if (!exists)
        m_letterId = 0;
    m_refreshing = true;
    if (m_editText->isChecked() && !exists)
        m_editText->setChecked(false); // the letter went (an undo): nothing to keep
    // A viewer on a team database, or a lost connection: everything shown, nothing changed.
    setEnabledFields(exists, m_store->canChange());
    const Letter l = exists ? *it : Letter{};
    m_kind->setCurrentIndex(m_kind->findData(int(l.kind)));
    m_area->setCurrentIndex(exists ? m_area->findData(l.areaCode) : -1);
    // A field being typed in keeps what is typed (someone else's change may arrive meanwhile).
    m_shown.show(m_issuingBody, l.issuingBody);
    m_shown.show(m_reference, l.foiReference);
    m_shown.show(m_received, l.requestReceived.toString(Qt::ISODate));
    m_shown.show(m_responded, l.responseDate.toString(Qt::ISODate));
    m_shown.show(m_year, l.financialYear);
    m_cohort->setCurrentIndex(exists ? m_cohort->findData(int(l.cohort)) : -1);
    const QString text = exists ? l.text : tr("Select a letter in the navigator, or a cell in the table, to see "
                                              "the letter it came from.");
    // Text being edited stays as typed until the user keeps it.
    if (!m_editText->isChecked() && (m_document.text() != text || m_text->document()->isEmpty()))
        m_document.build(m_text->document(), text);
    m_refreshing = false;
}

void LetterDetailPanel::commit()
{
    if (m_refreshing || m_letterId == 0 || !m_store->data().letters.contains(m_letterId))
        return;
    const Letter now = m_store->data().letters.value(m_letterId);
    // Only the fields typed in change, each made over what it showed (edits.h's `seen`); the
    // lists commit as they are picked from, over what they show.
    Letter updated = now;
    Letter seen = now;
    // A refused text is named in the message and the field goes back to what is stored, so the
    // panel never shows a value the project does not hold.
    QStringList problems;
    const auto date = [&](QLineEdit *edit, const QString &what, QDate Letter::*member) {
        if (!m_shown.typed(edit))
            return;
        const LetterDateParse parsed = parseLetterDate(edit->text());
        if (!parsed.error.isEmpty()) {
            problems << tr("%1: %2").arg(what, parsed.error);
            return;
        }
        updated.*member = parsed.date;
        seen.*member = parseLetterDate(m_shown.seen(edit)).date;
    };
    date(m_received, tr("Request received"), &Letter::requestReceived);
    date(m_responded, tr("Response date"), &Letter::responseDate);
    if (m_shown.typed(m_year)) {
        const FinancialYearParse year = parseFinancialYear(m_year->text());
        if (year.error.isEmpty()) {
            updated.financialYear = year.year;
            seen.financialYear = m_shown.seen(m_year);
        } else {
            problems << tr("Financial year: %1").arg(year.error);
        }
    }
    for (const auto &[edit, member] : {std::pair{m_issuingBody, &Letter::issuingBody}, std::pair{m_reference, &Letter::foiReference}}) {
        if (m_shown.typed(edit)) {
            updated.*member = edit->text().trimmed();
            seen.*member = m_shown.seen(edit);
        }
    }
    updated.kind = LetterKind(m_kind->currentData().toInt());
    updated.areaCode = m_area->currentData().toString();
    updated.cohort = Cohort(m_cohort->currentData().toInt());
    for (QLineEdit *edit : {m_issuingBody, m_reference, m_received, m_responded, m_year})
        ShownFields::done(edit);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    if (updated != seen)
        m_undoStack->push(updateLetterCommand(m_store, updated, seen).release());
    refresh(); // shows what is stored: the canonical year, the date as read, a refused text gone
}

void LetterDetailPanel::focusFirstField() { m_area->setFocus(); }

QString LetterDetailPanel::selectedText() const
{
    return m_document.quoteOfSelection(m_text->textCursor());
}

void LetterDetailPanel::setTextEditing(bool editing)
{
    m_text->setReadOnly(!editing);
    m_editText->setText(editing ? tr("&Keep letter text") : tr("&Edit letter text"));
    if (editing) {
        m_seenText = m_store->data().letters.value(m_letterId).text;
        m_text->setPlainText(m_seenText); // the text itself, tabs and markers as they are
        m_text->setFocus();
        return;
    }
    const QString edited = m_text->toPlainText();
    const auto it = m_store->data().letters.constFind(m_letterId);
    // Already stored (Apply Mine on Top after a refusal): nothing more to write.
    if (!m_refreshing && it != m_store->data().letters.constEnd() && m_seenText != edited && it->text != edited) {
        // Made over the text the editing began from: someone else's change to it meanwhile
        // is refused with both, never replaced unseen.
        Letter seen = *it;
        seen.text = m_seenText;
        Letter updated = *it;
        updated.text = edited;
        m_undoStack->push(updateLetterCommand(m_store, updated, seen).release());
        if (m_store->data().letters.value(m_letterId).text != edited) {
            // Refused (someone else's text, a lost connection): the typed text stays, still
            // being edited, so nothing typed is lost; it can be kept once the cause is dealt with.
            const QSignalBlocker blocker(m_editText);
            m_editText->setChecked(true);
            m_editText->setText(tr("&Keep letter text"));
            m_text->setReadOnly(false);
            return;
        }
    }
    setEnabledFields(it != m_store->data().letters.constEnd(), m_store->canChange());
    m_document.build(m_text->document(), m_store->data().letters.value(m_letterId).text);
}

void LetterDetailPanel::highlightQuote(const QString &quote, int questionNumber)
{
    highlightFigure(quote, questionNumber, Programme{});
}

void LetterDetailPanel::highlightFigure(const QString &quote, int questionNumber, const Programme &programme,
                                        const TextRange &stored)
{
    if (m_editText->isChecked())
        return; // the text being edited is not laid out
    // Quotes are found in the letter's text, then selected where the document draws them.
    const TextRange range = m_document.figureRange(quote, questionNumber, programme, stored);
    if (!range.isValid()) {
        // No source to show: an old selection left in place would pass for this figure's.
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        m_text->setTextCursor(cursor);
        return;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_document.documentPosition(range.start));
    cursor.setPosition(m_document.documentPosition(range.start + range.length), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    // In the middle of the view, with what leads to it above (a table's headings, the question).
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + m_text->cursorRect().center().y() - m_text->viewport()->height() / 2);
}

} // namespace dapp
