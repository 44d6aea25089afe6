// The figure delegate: keyboard editing as number or status word, refusal of other text.
#include "itemmodels/livecomparison.h"
#include "itemmodels/returnstablemodel.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "table/figuredelegate.h"
#include "table/figureeditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QTableView>
#include <QUndoStack>
#include <QSignalSpy>
#include <QtTest>

using namespace dapp;

class TestFigureDelegate : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editorFitsTheFigure();
    void typingAStatusWordCommits();
    void garbageIsNotCommitted();
    void paintsWithoutTouchingData();

private:
    FigureEditor *openEditor(const QModelIndex &index);
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<LiveComparison> m_comparison;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReturnsTableModel> m_model;
    std::unique_ptr<QTableView> m_view;
};

void TestFigureDelegate::init()
{
    m_store = test::sampleStore();
    m_stack = std::make_unique<QUndoStack>();
    m_comparison = std::make_unique<LiveComparison>(m_store.get());
    m_model = std::make_unique<ReturnsTableModel>(m_comparison.get(), m_stack.get());
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_model.get());
    m_view->setItemDelegate(new FigureDelegate(m_view.get()));
    m_view->resize(1200, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFigureDelegate::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_stack.reset();
    m_comparison.reset();
    m_store.reset();
}

FigureEditor *TestFigureDelegate::openEditor(const QModelIndex &index)
{
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    return qobject_cast<FigureEditor *>(QApplication::focusWidget());
}

void TestFigureDelegate::editorFitsTheFigure()
{
    FigureEditor *editor = openEditor(m_model->index(0, ReturnsTableModel::BudgetColumn));
    QVERIFY(editor);
    QCOMPARE(editor->text(), m_model->index(0, ReturnsTableModel::BudgetColumn).data(Qt::EditRole).toString());
}

void TestFigureDelegate::typingAStatusWordCommits()
{
    const QModelIndex cell = m_model->index(0, ReturnsTableModel::AgencyAcceptedColumn);
    const Id rid = cell.data(ReturnsTableModel::ReturnIdRole).toLongLong();
    FigureEditor *editor = openEditor(cell);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("withheld"));
    QVERIFY(editor->problem().isEmpty());
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits on a queued call after Enter.
    QTRY_COMPARE(m_store->data().returns.value(rid).figure(FigureField::AgencyAccepted).status, FigureStatus::Withheld);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(m_store->data() == sampleProject());
}

void TestFigureDelegate::garbageIsNotCommitted()
{
    const QModelIndex cell = m_model->index(0, ReturnsTableModel::SelfReferredColumn);
    FigureEditor *editor = openEditor(cell);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("lots"));
    QVERIFY(editor->problem().contains(QStringLiteral("lots")));
    QCOMPARE(editor->toolTip(), editor->problem()); // the reason is shown at the cell
    QSignalSpy problems(m_view->itemDelegate(), SIGNAL(problem(QString)));
    QTest::keyClick(editor, Qt::Key_S);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.constLast().constFirst().toString().startsWith(QStringLiteral("Row 1, Self referred: “lotss”")),
             qPrintable(problems.constLast().constFirst().toString()));
    // Text that leaves the cell unparsed is not stored, and the window is told so.
    m_view->itemDelegate()->setModelData(editor, m_view->model(), cell);
    QVERIFY(problems.constLast().constFirst().toString().contains(QStringLiteral("not stored")));
    QTest::keyClick(editor, Qt::Key_Return); // refused: the editor stays open
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_store->data() == sampleProject());
}

void TestFigureDelegate::paintsWithoutTouchingData()
{
    const QPixmap shot = m_view->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(m_store->data() == sampleProject());
}

QTEST_MAIN(TestFigureDelegate)
#include "tst_figuredelegate.moc"
