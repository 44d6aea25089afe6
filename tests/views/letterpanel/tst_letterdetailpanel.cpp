// The letter panel: metadata edits are undo steps; a bad date is refused with a message.
#include "letterpanel/contextfigureseditor.h"
#include "letterpanel/letterdetailpanel.h"
#include "letterpanel/letterdocument.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextTable>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestLetterDetailPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheLetter();
    void editingAFieldIsOneUndoStep();
    void badDateIsRefusedWithAMessage();
    void financialYearIsStoredInOneForm_data();
    void financialYearIsStoredInOneForm();
    void badFinancialYearIsRefusedAndTheFieldRestored();
    void britishAndImpossibleDates();
    void areaCanBeSetForTheUnnamedLetter();
    void letterTableIsDrawnAsATable();
    void figureInATableSelectsItsOwnCell();
    void selectingACellQuotesItsRow();
    void markupMarkersAreHidden();
    void contextFiguresAreListedAndEdited();
    void letterTextIsEditedOnPurposeAsOneStep();

private:
    QLineEdit *field(const QString &placeholderOrText) const;
    // Types over a field's text and presses Enter, as a user correcting it would.
    static void retype(QLineEdit *edit, const QString &text);
    Id letterByRef(const QString &ref) const;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<LetterDetailPanel> m_panel;
};

void TestLetterDetailPanel::init()
{
    m_store = test::sampleStore();
    m_stack = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<LetterDetailPanel>(m_store.get(), m_stack.get());
    m_panel->show();
}

void TestLetterDetailPanel::cleanup()
{
    m_panel.reset();
    m_stack.reset();
    m_store.reset();
}

Id TestLetterDetailPanel::letterByRef(const QString &ref) const
{
    for (const Letter &l : m_store->data().letters)
        if (l.foiReference == ref)
            return l.id;
    return 0;
}

QLineEdit *TestLetterDetailPanel::field(const QString &text) const
{
    for (QLineEdit *e : m_panel->findChildren<QLineEdit *>())
        if (e->text() == text)
            return e;
    return nullptr;
}

void TestLetterDetailPanel::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestLetterDetailPanel::showsTheLetter()
{
    m_panel->showLetter(letterByRef(QStringLiteral("FOI753")));
    QVERIFY(field(QStringLiteral("2024-06-19")));
    QVERIFY(m_panel->findChild<QTextEdit *>()->toPlainText().contains(QStringLiteral("FOI753")));
    m_panel->highlightQuote(QStringLiteral("It is not possible to self-refer onto the Drive programme."));
    QCOMPARE(m_panel->findChild<QTextEdit *>()->textCursor().selectedText(),
             QStringLiteral("It is not possible to self-refer onto the Drive programme."));
    // Q7's answer repeats a sentence of Q5's: the selection is the one under "7.".
    const QString held = QStringLiteral("This information will be held by the service provider, Cranstoun.");
    QTextEdit *text = m_panel->findChild<QTextEdit *>();
    m_panel->highlightQuote(held, 7);
    QCOMPARE(text->textCursor().selectedText(), held);
    QCOMPARE(text->textCursor().selectionStart(), int(text->toPlainText().lastIndexOf(held)));
    QVERIFY(text->toPlainText().indexOf(held) < text->textCursor().selectionStart());
}

void TestLetterDetailPanel::editingAFieldIsOneUndoStep()
{
    const Id id = letterByRef(QStringLiteral("FOI753"));
    m_panel->showLetter(id);
    QLineEdit *ref = field(QStringLiteral("FOI753"));
    QVERIFY(ref);
    retype(ref, QStringLiteral("FOI 753"));
    QCOMPARE(m_store->data().letters.value(id).foiReference, QStringLiteral("FOI 753"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_store->data().letters.value(id).foiReference, QStringLiteral("FOI753"));
    QCOMPARE(ref->text(), QStringLiteral("FOI753")); // the panel follows the store
}

void TestLetterDetailPanel::badDateIsRefusedWithAMessage()
{
    const Id id = letterByRef(QStringLiteral("FOI753"));
    m_panel->showLetter(id);
    QLineEdit *date = field(QStringLiteral("2024-06-19"));
    QVERIFY(date);
    retype(date, QStringLiteral("19th June"));
    QCOMPARE(m_store->data().letters.value(id).responseDate, QDate(2024, 6, 19));
    bool shown = false;
    for (QLabel *label : m_panel->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text().contains(QStringLiteral("19th June"));
    QVERIFY(shown);
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(date->text(), QStringLiteral("2024-06-19")); // the refused text does not stay
}

void TestLetterDetailPanel::financialYearIsStoredInOneForm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("both years in full") << "2022/2023" << "2022/23";
    QTest::newRow("hyphen") << "2022-23" << "2022/23";
    QTest::newRow("two digits each") << "23/24" << "2023/24";
    QTest::newRow("FY prefix") << "FY21/22" << "2021/22";
}

void TestLetterDetailPanel::financialYearIsStoredInOneForm()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    const Id id = letterByRef(QStringLiteral("FOI753"));
    m_panel->showLetter(id);
    QLineEdit *year = field(QStringLiteral("2022/23"));
    QVERIFY(year);
    retype(year, typed);
    QCOMPARE(m_store->data().letters.value(id).financialYear, stored);
    QCOMPARE(year->text(), stored); // the field shows exactly what is stored
    m_stack->undo();
    QCOMPARE(m_store->data().letters.value(id).financialYear, QStringLiteral("2022/23"));
}

void TestLetterDetailPanel::badFinancialYearIsRefusedAndTheFieldRestored()
{
    const Id id = letterByRef(QStringLiteral("FOI753"));
    m_panel->showLetter(id);
    QLineEdit *year = field(QStringLiteral("2022/23"));
    QVERIFY(year);
    retype(year, QStringLiteral("2022/24"));
    QCOMPARE(m_store->data().letters.value(id).financialYear, QStringLiteral("2022/23"));
    QCOMPARE(year->text(), QStringLiteral("2022/23"));
    QCOMPARE(m_stack->count(), 0);
    bool shown = false;
    for (QLabel *label : m_panel->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text().contains(QStringLiteral("“2022/24” does not run from one year"));
    QVERIFY(shown);
}

void TestLetterDetailPanel::britishAndImpossibleDates()
{
    const Id id = letterByRef(QStringLiteral("FOI753"));
    m_panel->showLetter(id);
    QLineEdit *date = field(QStringLiteral("2024-06-19"));
    QVERIFY(date);
    retype(date, QStringLiteral("19/05/2024"));
    QCOMPARE(m_store->data().letters.value(id).responseDate, QDate(2024, 5, 19));
    QCOMPARE(date->text(), QStringLiteral("2024-05-19"));
    retype(date, QStringLiteral("2024-02-30"));
    QCOMPARE(m_store->data().letters.value(id).responseDate, QDate(2024, 5, 19));
    bool shown = false;
    for (QLabel *label : m_panel->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text().contains(QStringLiteral("February 2024 has 29 days"));
    QVERIFY(shown);
    m_stack->undo();
}

void TestLetterDetailPanel::areaCanBeSetForTheUnnamedLetter()
{
    const Id id = letterByRef(QStringLiteral("2023-24-023"));
    QCOMPARE(m_store->data().letters.value(id).areaCode, kUnknownAreaCode);
    m_panel->showLetter(id);
    QComboBox *area = nullptr;
    for (QComboBox *c : m_panel->findChildren<QComboBox *>())
        if (c->currentData().toString() == kUnknownAreaCode)
            area = c;
    QVERIFY(area);
    const int kent = area->findData(QStringLiteral("E23000032"));
    area->setCurrentIndex(kent);
    emit area->activated(kent);
    QCOMPARE(m_store->data().letters.value(id).areaCode, QStringLiteral("E23000032"));
    m_stack->undo();
    QCOMPARE(m_store->data().letters.value(id).areaCode, kUnknownAreaCode);
}

void TestLetterDetailPanel::letterTextIsEditedOnPurposeAsOneStep()
{
    const Id id = letterByRef(QStringLiteral("FOI753"));
    m_panel->showLetter(id);
    auto *text = m_panel->findChild<QTextEdit *>();
    auto *button = m_panel->findChild<QToolButton *>();
    QVERIFY(text->isReadOnly());
    button->click();
    QVERIFY(!text->isReadOnly());
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" PS"));
    QCOMPARE(m_stack->count(), 0); // nothing stored while typing
    button->click();
    QVERIFY(text->isReadOnly());
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_store->data().letters.value(id).text.endsWith(QStringLiteral(" PS")));
    m_stack->undo();
    QVERIFY(!m_store->data().letters.value(id).text.endsWith(QStringLiteral(" PS")));
    QVERIFY(!text->toPlainText().endsWith(QStringLiteral(" PS")));

    // Switching letters while editing keeps the text in the letter it was typed into.
    button->click();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" PPS"));
    const Id other = letterByRef(QStringLiteral("FOI 27/2023"));
    m_panel->showLetter(other);
    QVERIFY(m_store->data().letters.value(id).text.endsWith(QStringLiteral(" PPS")));
    QVERIFY(!m_store->data().letters.value(other).text.endsWith(QStringLiteral(" PPS")));
}

namespace {
Programme programmeNamed(const ProjectStore &store, const QString &name)
{
    for (const Programme &p : store.data().programmes)
        if (p.name == name)
            return p;
    return {};
}
} // namespace

void TestLetterDetailPanel::letterTableIsDrawnAsATable()
{
    m_panel->showLetter(letterByRef(QStringLiteral("FOI 27/2023")));
    QTextEdit *text = m_panel->findChild<QTextEdit *>();
    QTextTable *table = nullptr;
    for (QTextFrame *frame : text->document()->rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(frame))
            table = t;
    QVERIFY(table);
    QCOMPARE(table->columns(), 5); // the question, then one column per programme
    QCOMPARE(table->rows(), 11);
    const auto cellText = [&](int r, int c) {
        QTextCursor cursor = table->cellAt(r, c).firstCursorPosition();
        cursor.setPosition(table->cellAt(r, c).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    QCOMPARE(cellText(0, 1), QStringLiteral("The Elm Foundation"));
    QCOMPARE(cellText(0, 4), QStringLiteral("Salcare"));
    QCOMPARE(cellText(5, 1), QStringLiteral("54"));
    QCOMPARE(cellText(5, 3), QStringLiteral("101"));
    QVERIFY(!text->toPlainText().contains(QLatin1Char('\t'))); // no tab-separated text left
}

void TestLetterDetailPanel::figureInATableSelectsItsOwnCell()
{
    m_panel->showLetter(letterByRef(QStringLiteral("FOI 27/2023")));
    QTextEdit *text = m_panel->findChild<QTextEdit *>();
    const QString row = QStringLiteral("5. The total number of males referred by an agency (e.g., police, social service "
                                       "etc.) into the programme\t54\t23\t101\t50");
    m_panel->highlightFigure(row, 5, programmeNamed(*m_store, QStringLiteral("Changes Program")));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("54")); // not the whole row "54 23 101 50"
    m_panel->highlightFigure(row, 5, programmeNamed(*m_store, QStringLiteral("Dena’s Group")));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("50"));
    QVERIFY(text->textCursor().currentTable());
    // The last cell of the table's last row, too, is selected alone.
    m_panel->highlightFigure(QStringLiteral("10. Budget inclusive of Running Costs\t£264,244.70\t£154,810.22\t"
                                            "£299,643.92\t£44,161"),
                             10, programmeNamed(*m_store, QStringLiteral("Dena’s Group")));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("£44,161"));
    // A figure without a quote leaves no old selection behind to pass for its source.
    m_panel->highlightFigure(QString(), 2, programmeNamed(*m_store, QStringLiteral("Dena’s Group")));
    QVERIFY(!text->textCursor().hasSelection());
}

void TestLetterDetailPanel::selectingACellQuotesItsRow()
{
    m_panel->showLetter(letterByRef(QStringLiteral("FOI 27/2023")));
    QTextEdit *text = m_panel->findChild<QTextEdit *>();
    m_panel->highlightFigure(QStringLiteral("5. The total number of males referred by an agency (e.g., police, social "
                                            "service etc.) into the programme\t54\t23\t101\t50"),
                             5, programmeNamed(*m_store, QStringLiteral("The Keys Project")));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("23"));
    // The quote a cell makes is its whole row, as the letter has it: the row says the question.
    QCOMPARE(m_panel->selectedText(), QStringLiteral("5. The total number of males referred by an agency (e.g., police, "
                                                     "social service etc.) into the programme\t54\t23\t101\t50"));
    // A caret is no quote, even inside a table.
    QTextCursor caret = text->textCursor();
    caret.clearSelection();
    text->setTextCursor(caret);
    QCOMPARE(m_panel->selectedText(), QString());
}

void TestLetterDetailPanel::markupMarkersAreHidden()
{
    m_panel->showLetter(letterByRef(QStringLiteral("FOI 27/2023")));
    const QString shown = m_panel->findChild<QTextEdit *>()->toPlainText();
    QVERIFY(!shown.contains(QStringLiteral("**")));
    QVERIFY(shown.contains(QStringLiteral("Derbyshire\nPolice and Crime\nCommissioner")));
    QVERIFY(shown.contains(QStringLiteral("- emailing the OPCC Inbox")));
    // A letter with Windows line ends reads the same, and its quotes are still found.
    LetterDocument document;
    QTextDocument laidOut;
    const QString windows = QStringLiteral("Dear requester,\r\n**FOI 1/2024**\r\nThe answer is 7.\r\n");
    document.build(&laidOut, windows);
    QCOMPARE(laidOut.toPlainText(), QStringLiteral("Dear requester,\nFOI 1/2024\nThe answer is 7.\n"));
    const TextRange answer = document.figureRange(QStringLiteral("The answer is 7."), 0, Programme{});
    QTextCursor cursor(&laidOut);
    cursor.setPosition(document.documentPosition(answer.start));
    cursor.setPosition(document.documentPosition(answer.start + answer.length), QTextCursor::KeepAnchor);
    QCOMPARE(cursor.selectedText(), QStringLiteral("The answer is 7."));
    // Editing shows the letter's own text, markers and tabs included, and keeps it unchanged.
    m_panel->findChild<QToolButton *>()->click();
    QVERIFY(m_panel->findChild<QTextEdit *>()->toPlainText().contains(QStringLiteral("**Derbyshire")));
    m_panel->findChild<QToolButton *>()->click();
    QCOMPARE(m_stack->count(), 0);
}

void TestLetterDetailPanel::contextFiguresAreListedAndEdited()
{
    Id report = 0;
    for (const Letter &l : m_store->data().letters)
        if (l.kind == LetterKind::PanelReport)
            report = l.id;
    m_panel->showLetter(report);
    auto *editor = m_panel->findChild<ContextFiguresEditor *>();
    QVERIFY(editor);
    QTableWidget *table = editor->table();
    QCOMPARE(table->rowCount(), m_store->data().contextIdsOfLetter(report).size());
    QCOMPARE(table->rowCount(), 5);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, ContextFiguresEditor::ValueColumn)->text() == QLatin1String("189"))
            row = r;
    QVERIFY(row >= 0);
    const Id first = m_store->data().contextIdsOfLetter(report).at(row);
    QCOMPARE(m_store->data().contextFigures.value(first).figure.value, 189);
    // A status word is a value too; a missing figure is never 0.
    table->item(row, ContextFiguresEditor::ValueColumn)->setText(QStringLiteral("not held"));
    QCOMPARE(m_store->data().contextFigures.value(first).figure.status, FigureStatus::NotHeld);
    QVERIFY(!m_store->data().contextFigures.value(first).figure.quote().isEmpty()); // the quote stays
    QCOMPARE(m_stack->count(), 1);
    table->item(row, ContextFiguresEditor::ValueColumn)->setText(QStringLiteral("lots"));
    QVERIFY2(editor->problem().startsWith(QStringLiteral("Row %1, value:").arg(row + 1)), qPrintable(editor->problem()));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(table->item(row, ContextFiguresEditor::ValueColumn)->text(), QStringLiteral("not held"));
    m_stack->undo();
    QCOMPARE(m_store->data().contextFigures.value(first).figure.value, 189);
    // Added and removed, one step each.
    for (QPushButton *b : editor->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Add figure"))
            b->click();
    QCOMPARE(m_store->data().contextIdsOfLetter(report).size(), 6);
    QCOMPARE(m_store->data().contextFigures.value(m_store->data().contextIdsOfLetter(report).constLast()).figure.status,
             FigureStatus::NotProvided);
    m_stack->undo();
    QCOMPARE(m_store->data().contextIdsOfLetter(report).size(), 5);
}

QTEST_MAIN(TestLetterDetailPanel)
#include "tst_letterdetailpanel.moc"
