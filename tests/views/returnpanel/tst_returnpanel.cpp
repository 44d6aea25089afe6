// The return panel: every part of a return can be edited, each change is one undo step named
// after the return, and a change that cannot be stored is refused with nothing changed.
#include "returnpanel/caveatseditor.h"
#include "returnpanel/funderseditor.h"
#include "returnpanel/listeditor.h"
#include "returnpanel/returnpanel.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestReturnPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheReturn();
    void referrersAreOneUndoStep();
    void fundersAcceptAmountsAndShares();
    void fundersRefuseSharesOverAHundred();
    void caveatQualifiesTheFiguresTicked();
    void noteAndQuoteOfTheCurrentFigure();
    void programmeDetails();
    void nothingSelectedIsNoQuote();
    void aProgrammeKeepsItsName();

private:
    Id returnOf(const QString &programme) const;
    QLineEdit *lineEditWith(const QString &text) const;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReturnPanel> m_panel;
};

void TestReturnPanel::init()
{
    m_store = test::sampleStore();
    m_stack = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<ReturnPanel>(m_store.get(), m_stack.get());
    m_panel->resize(1000, 700);
    m_panel->show();
}

void TestReturnPanel::cleanup()
{
    m_panel.reset();
    m_stack.reset();
    m_store.reset();
}

Id TestReturnPanel::returnOf(const QString &programme) const
{
    for (const ProgrammeReturn &r : m_store->data().returns)
        if (m_store->data().programmes.value(r.programmeId).name == programme)
            return r.id;
    return 0;
}

QLineEdit *TestReturnPanel::lineEditWith(const QString &text) const
{
    for (QLineEdit *e : m_panel->findChildren<QLineEdit *>())
        if (e->text() == text)
            return e;
    return nullptr;
}

void TestReturnPanel::showsTheReturn()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    m_panel->showReturn(id, FigureField::AgencyReferred);
    bool titled = false;
    for (QLabel *l : m_panel->findChildren<QLabel *>())
        titled |= l->text().contains(QStringLiteral("Derbyshire · Changes Program"));
    QVERIFY(titled);
    const ProgrammeReturn r = m_store->data().returns.value(id);
    QCOMPARE(m_panel->referrersEditor()->items(), r.referrers);
    QCOMPARE(m_panel->fundersEditor()->table()->rowCount(), r.funders.size());
    QCOMPARE(m_panel->caveatsEditor()->table()->rowCount(), r.caveats.size());
    bool quoted = false;
    for (QPlainTextEdit *e : m_panel->findChildren<QPlainTextEdit *>())
        quoted |= e->toPlainText() == r.figure(FigureField::AgencyReferred).quote();
    QVERIFY(quoted);
}

void TestReturnPanel::referrersAreOneUndoStep()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    m_panel->showReturn(id);
    const QStringList before = m_store->data().returns.value(id).referrers;
    QListWidget *list = m_panel->referrersEditor()->list();
    list->item(0)->setText(QStringLiteral("Children's Services"));
    QCOMPARE(m_store->data().returns.value(id).referrers.constFirst(), QStringLiteral("Children's Services"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit referrers of Derbyshire · Changes Program"));
    m_stack->undo();
    QCOMPARE(m_store->data().returns.value(id).referrers, before);
    QCOMPARE(m_panel->referrersEditor()->items(), before); // the panel follows the store
}

void TestReturnPanel::fundersAcceptAmountsAndShares()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    m_panel->showReturn(id);
    QTableWidget *table = m_panel->fundersEditor()->table();
    table->item(0, FundersEditor::AmountColumn)->setText(QStringLiteral("£12,500.50"));
    const Funder first = m_store->data().returns.value(id).funders.constFirst();
    QCOMPARE(first.amountPence, std::optional<qint64>(1250050));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit funders of Derbyshire · Changes Program"));
    table->item(0, FundersEditor::ShareColumn)->setText(QStringLiteral("25"));
    QCOMPARE(m_store->data().returns.value(id).funders.constFirst().sharePercent, std::optional<double>(25.0));
    QCOMPARE(table->item(0, FundersEditor::ShareColumn)->text(), QStringLiteral("25%"));
    m_stack->undo();
    m_stack->undo();
    QVERIFY(!m_store->data().returns.value(id).funders.constFirst().amountPence);
}

void TestReturnPanel::fundersRefuseSharesOverAHundred()
{
    const Id id = returnOf(QStringLiteral("Drive")); // Avon and Somerset: 28 %, 32 %, 40 %
    m_panel->showReturn(id);
    const QList<Funder> before = m_store->data().returns.value(id).funders;
    QCOMPARE(before.size(), 3);
    QTableWidget *table = m_panel->fundersEditor()->table();
    table->item(2, FundersEditor::ShareColumn)->setText(QStringLiteral("50%"));
    QCOMPARE(m_store->data().returns.value(id).funders, before);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY2(m_panel->fundersEditor()->problem().contains(QStringLiteral("add up to 110 %")),
             qPrintable(m_panel->fundersEditor()->problem()));
    QCOMPARE(table->item(2, FundersEditor::ShareColumn)->text(), QStringLiteral("40%")); // shows what is stored
    table->item(1, FundersEditor::AmountColumn)->setText(QStringLiteral("lots"));
    QVERIFY2(m_panel->fundersEditor()->problem().startsWith(QStringLiteral("Row 2, amount:")),
             qPrintable(m_panel->fundersEditor()->problem()));
    QCOMPARE(m_stack->count(), 0);
}

void TestReturnPanel::caveatQualifiesTheFiguresTicked()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    m_panel->showReturn(id);
    CaveatsEditor *editor = m_panel->caveatsEditor();
    QPushButton *add = nullptr;
    for (QPushButton *b : editor->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Add"))
            add = b;
    QVERIFY(add);
    const qsizetype before = m_store->data().returns.value(id).caveats.size();
    add->click();
    QCOMPARE(m_stack->count(), 0); // an empty caveat is not stored
    const int row = editor->table()->rowCount() - 1;
    editor->table()->item(row, 0)->setText(QStringLiteral("covers all crime types, not just DA"));
    editor->table()->item(row, 1 + int(FigureField::AgencyReferred))->setCheckState(Qt::Checked);
    editor->table()->item(row, 1 + int(FigureField::AgencyAccepted))->setCheckState(Qt::Checked);
    const QList<Caveat> caveats = m_store->data().returns.value(id).caveats;
    QCOMPARE(caveats.size(), before + 1);
    QCOMPARE(caveats.constLast().fields, (QList<FigureField>{FigureField::AgencyReferred, FigureField::AgencyAccepted}));
    QVERIFY(!caveats.constLast().appliesTo(FigureField::Budget));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit caveats of Derbyshire · Changes Program"));
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(m_store->data().returns.value(id).caveats.size(), before);
}

void TestReturnPanel::noteAndQuoteOfTheCurrentFigure()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    m_panel->setQuoteSource([] { return QStringLiteral("  the number was 54  "); });
    m_panel->showReturn(id, FigureField::AgencyReferred);
    QLineEdit *note = nullptr;
    for (QLineEdit *e : m_panel->findChildren<QLineEdit *>())
        if (e->placeholderText().startsWith(QStringLiteral("e.g. see answer")))
            note = e;
    QVERIFY(note);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("from the attached table"));
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(m_store->data().returns.value(id).figure(FigureField::AgencyReferred).note(),
             QStringLiteral("from the attached table"));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit a figure's note of Derbyshire · Changes Program"));
    for (QPushButton *b : m_panel->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Use letter selection"))
            b->click();
    QCOMPARE(m_store->data().returns.value(id).figure(FigureField::AgencyReferred).quote(), QStringLiteral("the number was 54"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_store->data().returns.value(id).figure(FigureField::AgencyReferred).note(), QString());
}

void TestReturnPanel::programmeDetails()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    m_panel->showReturn(id);
    const Programme before = m_store->data().programmes.value(m_store->data().returns.value(id).programmeId);
    QLineEdit *risk = lineEditWith(before.riskLevel);
    QVERIFY(risk);
    risk->setFocus();
    risk->selectAll();
    QTest::keyClicks(risk, QStringLiteral("high"));
    QTest::keyClick(risk, Qt::Key_Return);
    QCOMPARE(m_store->data().programmes.value(before.id).riskLevel, QStringLiteral("high"));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit programme of Derbyshire · Changes Program"));
    m_stack->undo();
    QCOMPARE(m_store->data().programmes.value(before.id), before);
}

void TestReturnPanel::nothingSelectedIsNoQuote()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    const QString before = m_store->data().returns.value(id).figure(FigureField::AgencyReferred).quote();
    m_panel->setQuoteSource([] { return QString(); });
    m_panel->showReturn(id, FigureField::AgencyReferred);
    for (QPushButton *b : m_panel->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Use letter selection"))
            b->click();
    QCOMPARE(m_store->data().returns.value(id).figure(FigureField::AgencyReferred).quote(), before);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY2(m_panel->problem().startsWith(QStringLiteral("Nothing is selected")), qPrintable(m_panel->problem()));
}

void TestReturnPanel::aProgrammeKeepsItsName()
{
    const Id id = returnOf(QStringLiteral("Changes Program"));
    m_panel->showReturn(id);
    QLineEdit *name = lineEditWith(QStringLiteral("Changes Program"));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(name->text(), QStringLiteral("Changes Program"));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY2(m_panel->problem().contains(QStringLiteral("needs a name")), qPrintable(m_panel->problem()));
}

QTEST_MAIN(TestReturnPanel)
#include "tst_returnpanel.moc"
