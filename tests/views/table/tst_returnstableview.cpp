// Spreadsheet habits in the returns table: copy, paste a block (all or nothing, one undo
// step), Delete to clear figures to "not provided".
#include "itemmodels/returnsfilterproxy.h"
#include "itemmodels/livecomparison.h"
#include "itemmodels/returnstablemodel.h"
#include "table/figuredelegate.h"
#include "table/returnstableview.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestReturnsTableView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void copyThenPasteGivesBackTheSameFigures();
    void pasteBlockIsOneUndoStep();
    void badCellRefusesTheWholePaste();
    void unreadablePasteIsRefused();
    void pasteOutsideFiguresIsRefused();
    void oneValueFillsTheSelection();
    void deleteClearsToNotProvidedNotZero();
    void identityColumnsStayWhileFiguresScroll();
    void rowNumbersArePositions();
    void columnChooserHidesAndShows();
    void caveatMarkerOnlyWhereTheCaveatSaysSo();
    void tableRowQuoteTooltipNamesItsCell();
    void frozenCellsAreDrawnAndEditedInView();

private:
    QModelIndex cell(int row, int column) const { return m_proxy->index(row, column); }
    void select(int top, int left, int bottom, int right);
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<LiveComparison> m_comparison;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReturnsTableModel> m_model;
    std::unique_ptr<ReturnsFilterProxy> m_proxy;
    std::unique_ptr<ReturnsTableView> m_view;
};

void TestReturnsTableView::init()
{
    m_store = test::sampleStore();
    m_stack = std::make_unique<QUndoStack>();
    m_comparison = std::make_unique<LiveComparison>(m_store.get());
    m_model = std::make_unique<ReturnsTableModel>(m_comparison.get(), m_stack.get());
    m_proxy = std::make_unique<ReturnsFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->setAreaCode(QStringLiteral("E23000018")); // Derbyshire's four rows
    m_view = std::make_unique<ReturnsTableView>();
    m_view->setModel(m_proxy.get());
    m_view->setReturnsModel(m_model.get());
    m_view->show();
}

void TestReturnsTableView::cleanup()
{
    m_view.reset();
    m_proxy.reset();
    m_model.reset();
    m_stack.reset();
    m_comparison.reset();
    m_store.reset();
}

void TestReturnsTableView::select(int top, int left, int bottom, int right)
{
    m_view->setCurrentIndex(cell(top, left));
    m_view->selectionModel()->select(QItemSelection(cell(top, left), cell(bottom, right)),
                                     QItemSelectionModel::ClearAndSelect);
}

void TestReturnsTableView::copyThenPasteGivesBackTheSameFigures()
{
    select(0, ReturnsTableModel::SelfReferredColumn, 3, ReturnsTableModel::BudgetColumn);
    m_view->setFocus();
    QTest::keySequence(m_view.get(), QKeySequence::Copy);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("15\t9\t4\t54\t42\t26\t£264,244.70\n")), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), 4);
    QVERIFY(m_view->pasteText(text));
    QCOMPARE(m_stack->count(), 0); // nothing differed, so nothing to undo
    QVERIFY(m_store->data() == sampleProject());
}

void TestReturnsTableView::pasteBlockIsOneUndoStep()
{
    m_view->setCurrentIndex(cell(0, ReturnsTableModel::SelfReferredColumn));
    QVERIFY(m_view->pasteText(QStringLiteral("16\tn/a\n2\tnot held\r\n")));
    QCOMPARE(m_stack->count(), 1);
    const Id first = cell(0, 0).data(ReturnsTableModel::ReturnIdRole).toLongLong();
    const Id second = cell(1, 0).data(ReturnsTableModel::ReturnIdRole).toLongLong();
    QCOMPARE(m_store->data().returns.value(first).figure(FigureField::SelfReferred).value, 16);
    QCOMPARE(m_store->data().returns.value(first).figure(FigureField::SelfAccepted).status, FigureStatus::NotApplicable);
    QCOMPARE(m_store->data().returns.value(second).figure(FigureField::SelfAccepted).status, FigureStatus::NotHeld);
    // The quote stays with the cell.
    QCOMPARE(m_store->data().returns.value(first).figure(FigureField::SelfReferred).quote(),
             sampleProject().returns.value(first).figure(FigureField::SelfReferred).quote());
    m_stack->undo();
    QVERIFY(m_store->data() == sampleProject());
}

void TestReturnsTableView::badCellRefusesTheWholePaste()
{
    QSignalSpy refused(m_view.get(), &ReturnsTableView::refused);
    m_view->setCurrentIndex(cell(0, ReturnsTableModel::SelfReferredColumn));
    QVERIFY(!m_view->pasteText(QStringLiteral("16\t9\n2\tabout ten\n")));
    QCOMPARE(refused.size(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Row 2, column 2")) && message.contains(QStringLiteral("about ten")),
             qPrintable(message));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_store->data() == sampleProject()); // the good cells were not written either
}

void TestReturnsTableView::unreadablePasteIsRefused()
{
    QSignalSpy refused(m_view.get(), &ReturnsTableView::refused);
    m_view->setCurrentIndex(cell(0, ReturnsTableModel::SelfReferredColumn));
    // Without the check, the open quote would swallow the rest into one cell and shift the block.
    QVERIFY(!m_view->pasteText(QStringLiteral("16\t\"9\n2\t3\n")));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("row 1, column 2")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_store->data() == sampleProject());
}

void TestReturnsTableView::pasteOutsideFiguresIsRefused()
{
    QSignalSpy refused(m_view.get(), &ReturnsTableView::refused);
    m_view->setCurrentIndex(cell(0, ReturnsTableModel::BudgetColumn));
    QVERIFY(!m_view->pasteText(QStringLiteral("100\t0.5\n")));
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("Acceptance")));
    m_view->setCurrentIndex(cell(3, ReturnsTableModel::SelfReferredColumn));
    QVERIFY(!m_view->pasteText(QStringLiteral("1\n2\n"))); // runs off the bottom
    QVERIFY(m_store->data() == sampleProject());
}

void TestReturnsTableView::oneValueFillsTheSelection()
{
    select(0, ReturnsTableModel::SelfReferredColumn, 3, ReturnsTableModel::SelfCompletedColumn);
    QVERIFY(m_view->pasteText(QStringLiteral("withheld\n")));
    for (int r = 0; r < 4; ++r)
        for (int c = ReturnsTableModel::SelfReferredColumn; c <= ReturnsTableModel::SelfCompletedColumn; ++c)
            QCOMPARE(cell(r, c).data(ReturnsTableModel::FigureStatusRole).toInt(), int(FigureStatus::Withheld));
    QCOMPARE(m_stack->count(), 1);
}

void TestReturnsTableView::deleteClearsToNotProvidedNotZero()
{
    select(0, ReturnsTableModel::ProgrammeColumn, 0, ReturnsTableModel::BudgetColumn);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    const Id rid = cell(0, 0).data(ReturnsTableModel::ReturnIdRole).toLongLong();
    for (FigureField f : kAllFigureFields)
        QCOMPARE(m_store->data().returns.value(rid).figure(f).status, FigureStatus::NotProvided);
    QCOMPARE(cell(0, ReturnsTableModel::ProgrammeColumn).data().toString(), QStringLiteral("Changes Program"));
    QCOMPARE(cell(0, ReturnsTableModel::AcceptanceRateColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(m_store->data() == sampleProject());
}

void TestReturnsTableView::identityColumnsStayWhileFiguresScroll()
{
    m_view->resize(500, 300);
    QTableView *frozen = m_view->frozenView();
    QVERIFY(frozen);
    QVERIFY(frozen->isVisible());
    QVERIFY(!frozen->isColumnHidden(ReturnsTableModel::AreaColumn));
    QVERIFY(!frozen->isColumnHidden(ReturnsTableModel::ProgrammeColumn));
    QVERIFY(frozen->isColumnHidden(ReturnsTableModel::BudgetColumn));
    // Scrolled right to the budget, the area and programme are still drawn at the left.
    const QModelIndex budget = cell(0, ReturnsTableModel::FlagsColumn);
    m_view->setCurrentIndex(budget);
    m_view->scrollTo(budget);
    QVERIFY(m_view->horizontalScrollBar()->value() > 0);
    const QRect frozenRect = frozen->visualRect(frozen->model()->index(0, ReturnsTableModel::ProgrammeColumn));
    QVERIFY(frozenRect.isValid());
    QCOMPARE(frozen->indexAt(frozenRect.center()).data().toString(), cell(0, ReturnsTableModel::ProgrammeColumn).data().toString());
    // ...and the current cell is not hidden under them.
    QVERIFY(m_view->visualRect(budget).left() >= frozen->width() - 2);
    // The frozen part scrolls down with the rows.
    m_view->verticalScrollBar()->setValue(1);
    QCOMPARE(frozen->verticalScrollBar()->value(), m_view->verticalScrollBar()->value());
}

void TestReturnsTableView::rowNumbersArePositions()
{
    m_proxy->setAreaCode(QString());
    // The frozen columns did not sort the table: it is in the model's order until the user sorts.
    QCOMPARE(cell(0, ReturnsTableModel::AreaColumn).data().toString(), QStringLiteral("Avon and Somerset"));
    QCOMPARE(cell(m_proxy->rowCount() - 1, ReturnsTableModel::AreaColumn).data().toString(), QStringLiteral("Unknown"));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QCOMPARE(m_proxy->headerData(r, Qt::Vertical).toInt(), r + 1);
    m_proxy->setAreaCode(QStringLiteral("E23000018")); // filtered: still 1, 2, 3, 4
    QCOMPARE(m_proxy->headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(m_proxy->headerData(3, Qt::Vertical).toInt(), 4);
}

void TestReturnsTableView::columnChooserHidesAndShows()
{
    std::unique_ptr<QMenu> menu(m_view->createColumnsMenu(nullptr));
    QMetaObject::invokeMethod(menu.get(), "aboutToShow");
    QAction *provider = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == QLatin1String("Provider"))
            provider = a;
    QVERIFY(provider);
    QVERIFY(provider->isChecked());
    provider->toggle();
    QVERIFY(m_view->isColumnHidden(ReturnsTableModel::ProviderColumn));
    // The choice is part of the header's state, which the window keeps between sessions.
    const QByteArray state = m_view->horizontalHeader()->saveState();
    ReturnsTableView other;
    other.setModel(m_proxy.get());
    QVERIFY(other.horizontalHeader()->restoreState(state));
    QVERIFY(other.isColumnHidden(ReturnsTableModel::ProviderColumn));
    QMetaObject::invokeMethod(menu.get(), "aboutToShow");
    menu->actions().constLast()->trigger(); // Show all columns
    QVERIFY(!m_view->isColumnHidden(ReturnsTableModel::ProviderColumn));
}

void TestReturnsTableView::caveatMarkerOnlyWhereTheCaveatSaysSo()
{
    m_proxy->setAreaCode(QStringLiteral("E23000036")); // Avon and Somerset's Drive
    QCOMPARE(m_proxy->rowCount(), 1);
    const ProgrammeReturn r = m_store->data().returns.value(cell(0, 0).data(ReturnsTableModel::ReturnIdRole).toLongLong());
    QVERIFY(!r.wholeReturnCaveats().isEmpty());
    QVERIFY(!r.caveatsNaming(FigureField::Budget).isEmpty());
    QVERIFY(r.caveatsNaming(FigureField::SelfReferred).isEmpty());
    const auto marked = [&](int column) { return cell(0, column).data(ReturnsTableModel::HasCaveatRole).toBool(); };
    QVERIFY(!marked(ReturnsTableModel::SelfReferredColumn));     // the whole return's caveats do not mark it
    QVERIFY(!marked(ReturnsTableModel::CompletionRateColumn));   // nor a rate none of whose inputs is qualified
    QVERIFY(marked(ReturnsTableModel::AgencyReferredColumn));    // a caveat names agency referred...
    QVERIFY(marked(ReturnsTableModel::AcceptanceRateColumn));    // ...which the acceptance rate divides by
    QVERIFY(marked(ReturnsTableModel::BudgetColumn));            // a caveat names the budget
    QVERIFY(marked(ReturnsTableModel::CostPerCompletionColumn)); // ...and so its cost per completion
    QVERIFY(marked(ReturnsTableModel::ProgrammeColumn));         // the whole return's caveats mark the programme
    // The caveats still travel in the tooltips.
    QVERIFY(cell(0, ReturnsTableModel::SelfReferredColumn).data(Qt::ToolTipRole).toString()
                .contains(r.wholeReturnCaveats().constFirst().toHtmlEscaped()));
    QVERIFY(cell(0, ReturnsTableModel::ProgrammeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("whole return")));
}

void TestReturnsTableView::tableRowQuoteTooltipNamesItsCell()
{
    // Derbyshire's Changes Program, agency referred: the row "…\t54\t23\t101\t50", column one.
    int row = -1;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (cell(r, ReturnsTableModel::ProgrammeColumn).data().toString() == QLatin1String("Changes Program"))
            row = r;
    QVERIFY(row >= 0);
    const QString tip = cell(row, ReturnsTableModel::AgencyReferredColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("The Elm Foundation: <b>54</b>")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("54\t23")) && !tip.contains(QStringLiteral("101")), qPrintable(tip));
}

void TestReturnsTableView::frozenCellsAreDrawnAndEditedInView()
{
    QTableView *frozen = m_view->frozenView();
    QVERIFY(qobject_cast<FigureDelegate *>(frozen->itemDelegate())); // the programme's caveat corner shows
    // Row heights stay with the figures when the filter brings rows back.
    m_proxy->setAreaCode(QString());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QCOMPARE(frozen->rowHeight(r), m_view->rowHeight(r));
    // F2 on a programme's name edits it where it can be seen: in the frozen part.
    const QModelIndex programme = cell(1, ReturnsTableModel::ProgrammeColumn);
    const QString before = programme.data().toString();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    m_view->setCurrentIndex(programme);
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(frozen->isAncestorOf(editor));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Renamed"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell(1, ReturnsTableModel::ProgrammeColumn).data().toString(), QStringLiteral("Renamed"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_view.get())); // the keyboard goes on in the table
    m_stack->undo();
    QCOMPARE(cell(1, ReturnsTableModel::ProgrammeColumn).data().toString(), before);
}

QTEST_MAIN(TestReturnsTableView)
#include "tst_returnstableview.moc"
