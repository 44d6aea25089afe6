// The main window, offscreen: opens on the sample, edits a figure through the delegate with
// the keyboard, undoes it from the Edit menu's shortcut, and saves.
#include "charts/chartpanel.h"
#include "common/filterbar.h"
#include "comparisonexports.h"
#include "documentcontroller.h"
#include "domain/qualityflags.h"
#include "editing/edits.h"
#include "flags/flagspanel.h"
#include "itemmodels/flagslistmodel.h"
#include "interchange/tidycsv.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/returnstablemodel.h"
#include "mainwindow.h"
#include "importing/importdialog.h"
#include "returnpanel/returnpanel.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "table/figureeditor.h"
#include "table/returnstableview.h"

#include <QApplication>
#include <QTimer>
#include <QMenu>
#include <QMenuBar>
#include <QLineEdit>
#include <QClipboard>
#include <QHeaderView>
#include <QListView>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnTheSample();
    void editUndoAndSave();
    void navigatorFiltersTheTable();
    void theNavigatorAndPanelNeverShowWhatTheTableDoesNot();
    void refusesABadFileWithAMessage();
    void exportsTheTidyCsv();
    void flagsPanelLeadsToTheReturn();
    void failedUndoClearsTheHistoryAndKeepsTheModifiedMark();
    void menusOfferEditFindAndAbout();
    void findFocusesTheFilter();
    void addProgrammeWithoutALetterSaysWhatToDo();
    void filtersReachTableChartsAndExports();
    void anImportIsOneUndoStep();

private:
    QModelIndex findCell(MainWindow &w, const QString &programme, const QString &provider, int column);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DAPP Analyst Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QStandardPaths::setTestModeEnabled(true);
}

QModelIndex TestMainWindow::findCell(MainWindow &w, const QString &programme, const QString &provider, int column)
{
    QAbstractItemModel *model = w.returnsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ReturnsTableModel::ProgrammeColumn).data().toString() == programme
            && model->index(row, ReturnsTableModel::ProviderColumn).data().toString() == provider)
            return model->index(row, column);
    }
    return {};
}

void TestMainWindow::opensOnTheSample()
{
    MainWindow w;
    w.document()->openSample();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.returnsView()->model()->rowCount(), int(sampleProject().returns.size()));
    QVERIFY(w.windowTitle().contains(QStringLiteral("Sample project")));
    QVERIFY(!w.isWindowModified());
    const QModelIndex budget = findCell(w, QStringLiteral("Dena’s Group"), QStringLiteral("Salcare"),
                                        ReturnsTableModel::BudgetColumn);
    QCOMPARE(budget.data().toString(), QStringLiteral("£44,161"));
}

void TestMainWindow::editUndoAndSave()
{
    MainWindow w;
    w.document()->openSample();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QModelIndex cell = findCell(w, QStringLiteral("Drive"), QStringLiteral("Glow"),
                                      ReturnsTableModel::AgencyCompletedColumn);
    QVERIFY(cell.isValid());
    const Id rid = cell.data(ReturnsTableModel::ReturnIdRole).toLongLong();
    QCOMPARE(cell.data().toString(), QStringLiteral("77"));

    // Keyboard only: select the cell, F2 to edit, type, Enter.
    w.returnsView()->setFocus();
    w.returnsView()->setCurrentIndex(cell);
    QTest::keyClick(w.returnsView(), Qt::Key_F2);
    auto *editor = qobject_cast<FigureEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("held by provider"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(w.document()->store()->data().returns.value(rid).figure(FigureField::AgencyCompleted).status,
             FigureStatus::HeldByProvider);
    QVERIFY(w.isWindowModified());
    QCOMPARE(cell.data().toString(), QStringLiteral("held by provider"));

    // Undo with the standard shortcut.
    QTest::keySequence(&w, QKeySequence::Undo);
    QCOMPARE(w.document()->store()->data().returns.value(rid).figure(FigureField::AgencyCompleted).value, 77);
    QVERIFY(!w.isWindowModified());
    QTest::keySequence(&w, QKeySequence::Redo);
    QVERIFY(w.isWindowModified());

    const QString path = m_dir.filePath(QStringLiteral("saved.dapp"));
    QVERIFY(w.document()->saveProjectAs(path));
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.windowTitle().contains(QStringLiteral("saved.dapp")));
    ProjectStore reopened;
    QString error;
    QVERIFY2(reopened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(reopened.data().returns.value(rid).figure(FigureField::AgencyCompleted).status,
             FigureStatus::HeldByProvider);
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(QFileInfo(path).absoluteFilePath()));
    w.document()->undoStack()->setClean(); // no "save changes?" prompt when the test closes the window
}

void TestMainWindow::navigatorFiltersTheTable()
{
    MainWindow w;
    w.document()->openSample();
    w.show();
    QTreeView *tree = w.navigatorView();
    const QModelIndex derbyshire = tree->model()->index(2, 0);
    QVERIFY(derbyshire.data().toString().startsWith(QStringLiteral("Derbyshire")));
    tree->setCurrentIndex(derbyshire);
    QCOMPARE(w.returnsView()->model()->rowCount(), 4);
    const QModelIndex letter = tree->model()->index(0, 0, derbyshire);
    tree->setCurrentIndex(letter);
    QCOMPARE(w.returnsView()->model()->rowCount(), 4);
    tree->setCurrentIndex(tree->model()->index(0, 0)); // All areas
    QCOMPARE(w.returnsView()->model()->rowCount(), int(sampleProject().returns.size()));
    // The panel report answers about no programme: the empty table says where its figures are.
    const QModelIndex leicestershire = tree->model()->index(3, 0);
    QVERIFY(leicestershire.data().toString().startsWith(QStringLiteral("Leicestershire")));
    const QModelIndex report = tree->model()->index(1, 0, leicestershire);
    QVERIFY(report.data().toString().startsWith(QStringLiteral("Panel report")));
    tree->setCurrentIndex(report);
    QCOMPARE(w.returnsView()->model()->rowCount(), 0);
    QVERIFY2(w.returnsView()->emptyMessage().contains(QStringLiteral("5 context figure")),
             qPrintable(w.returnsView()->emptyMessage()));
    QCOMPARE(w.returnPanel()->returnId(), 0); // no stale return beside the empty table
}

// The return beside the table is one the table shows, and a letter that goes (removed, or its
// addition undone) takes the navigator back to all areas rather than to an empty table that
// says the letter has no returns.
void TestMainWindow::theNavigatorAndPanelNeverShowWhatTheTableDoesNot()
{
    MainWindow w;
    w.document()->openSample();
    w.show();
    QTreeView *tree = w.navigatorView();
    QTableView *table = w.returnsView();
    table->setCurrentIndex(table->model()->index(0, 0));
    const Id first = w.returnPanel()->returnId();
    QVERIFY(first != 0);
    const QModelIndex derbyshire = tree->model()->index(2, 0);
    QVERIFY(derbyshire.data().toString().startsWith(QStringLiteral("Derbyshire")));
    const QModelIndex letter = tree->model()->index(0, 0, derbyshire);
    tree->setCurrentIndex(letter);
    const Id letterId = letter.data(NavigatorModel::LetterIdRole).toLongLong();
    QVERIFY(w.document()->store()->data().returns.value(first).letterId != letterId);
    // Not the first row of all areas, which is not shown now: none, or one the table shows.
    const Id beside = w.returnPanel()->returnId();
    QVERIFY2(beside == 0 || w.document()->store()->data().returns.value(beside).letterId == letterId,
             qPrintable(QString::number(beside)));
    if (beside != 0)
        QCOMPARE(table->currentIndex().data(ReturnsTableModel::ReturnIdRole).toLongLong(), beside);

    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(w.returnPanel()->returnId() != 0);
    w.document()->undoStack()->push(removeLetterCommand(w.document()->store(), letterId).release());
    QVERIFY(!w.document()->store()->data().letters.contains(letterId));
    QCOMPARE(tree->currentIndex(), tree->model()->index(0, 0)); // all areas
    QCOMPARE(table->model()->rowCount(), int(w.document()->store()->data().returns.size()));
    const Id shown = w.returnPanel()->returnId();
    QVERIFY(shown == 0 || w.document()->store()->data().returns.contains(shown)); // never a removed return

    // A letter added with a programme, then chosen in the navigator (as Open Letter… does): the
    // row chosen before is not beside the new letter's table.
    table->setCurrentIndex(table->model()->index(0, 0));
    const Id before = w.returnPanel()->returnId();
    QVERIFY(before != 0);
    Letter kent;
    kent.areaCode = QStringLiteral("E23000032");
    kent.financialYear = QStringLiteral("2022/23");
    w.document()->undoStack()->beginMacro(QStringLiteral("Add a letter"));
    w.document()->undoStack()->push(addLetterCommand(w.document()->store(), kent).release());
    const Id added = w.document()->store()->data().letters.lastKey();
    w.document()->undoStack()->push(addProgrammeCommand(w.document()->store(), added, QStringLiteral("Choices"), QString()).release());
    w.document()->undoStack()->endMacro();
    tree->expandAll();
    tree->setCurrentIndex(qobject_cast<NavigatorModel *>(tree->model())->indexOfLetter(added));
    QCOMPARE(table->model()->rowCount(), 1);
    const Id besideNew = w.returnPanel()->returnId();
    QVERIFY2(besideNew == 0 || w.document()->store()->data().returns.value(besideNew).letterId == added,
             qPrintable(QString::number(besideNew)));
    w.document()->undoStack()->undo();
    QCOMPARE(tree->currentIndex(), tree->model()->index(0, 0));
}

void TestMainWindow::refusesABadFileWithAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.dapp"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a project");
    f.close();
    MainWindow w;
    w.document()->openSample();
    // The warning is modal: close it from a timer and check what it said.
    QString shown;
    QTimer::singleShot(0, [&shown] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(top)) {
                shown = box->text();
                box->accept();
            }
        }
    });
    QVERIFY(!w.document()->openProject(path));
    QVERIFY2(shown.contains(QStringLiteral("notes.dapp")), qPrintable(shown));
    QCOMPARE(w.returnsView()->model()->rowCount(), int(sampleProject().returns.size())); // sample still open
}

void TestMainWindow::exportsTheTidyCsv()
{
    MainWindow w;
    w.document()->openSample();
    const QString path = m_dir.filePath(QStringLiteral("returns.csv"));
    QVERIFY(w.document()->exportCsvTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), exportTidyCsv(sampleProject()));
}

void TestMainWindow::flagsPanelLeadsToTheReturn()
{
    MainWindow w;
    w.document()->openSample();
    w.show();
    auto *list = w.findChild<FlagsPanel *>()->view();
    QVERIFY(list);
    QAbstractItemModel *flags = list->model();
    QCOMPARE(flags->rowCount(), int(qualityFlags(sampleProject()).size()));
    QModelIndex drive;
    for (int i = 0; i < flags->rowCount(); ++i) {
        const QString text = flags->index(i, 0).data().toString();
        if (text.contains(QStringLiteral("Drive")) && text.contains(QStringLiteral("77")))
            drive = flags->index(i, 0);
    }
    QVERIFY(drive.isValid());
    w.navigatorView()->setCurrentIndex(w.navigatorView()->model()->index(1, 0)); // Avon and Somerset only
    emit list->activated(drive);
    const QModelIndex current = w.returnsView()->currentIndex();
    QCOMPARE(current.data(ReturnsTableModel::ReturnIdRole).toLongLong(),
             drive.data(FlagsListModel::ReturnIdRole).toLongLong());
    QCOMPARE(w.returnsView()->model()->index(current.row(), ReturnsTableModel::ProviderColumn).data().toString(),
             QStringLiteral("Glow"));
}

void TestMainWindow::failedUndoClearsTheHistoryAndKeepsTheModifiedMark()
{
    MainWindow w;
    w.document()->openSample();
    ProjectStore *store = w.document()->store();
    const Id rid = store->data().returns.firstKey();
    w.document()->undoStack()->push(setFigureCommand(store, rid, FigureField::SelfReferred, Figure::reported(5)).release());
    w.document()->undoStack()->push(setFigureCommand(store, rid, FigureField::SelfAccepted, Figure::reported(4)).release());
    QVERIFY(w.document()->saveProjectAs(m_dir.filePath(QStringLiteral("history.dapp"))));
    // Something changes the return behind the stack's back; undo can then not be written.
    ProjectData before, after;
    before.returns.insert(rid, store->data().returns.value(rid));
    after = before;
    after.returns[rid].figure(FigureField::SelfAccepted) = Figure::reported(3);
    QString error;
    QVERIFY(store->apply(before, after, &error));

    QString shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, [&] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                shown = box->text();
                box->accept();
            }
    });
    closer.start(10);
    w.document()->undoStack()->undo();
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("history")), qPrintable(shown));
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QVERIFY(!w.document()->undoStack()->canUndo());
    QVERIFY(!w.document()->undoStack()->isClean());
    QVERIFY(w.isWindowModified());
    QCOMPARE(store->data().returns.value(rid).figure(FigureField::SelfAccepted).value, 3); // kept
    w.document()->undoStack()->setClean();
}

namespace {
QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}
} // namespace

void TestMainWindow::menusOfferEditFindAndAbout()
{
    MainWindow w;
    w.document()->openSample();
    for (const QString &text : {QStringLiteral("&Copy"), QStringLiteral("&Paste"), QStringLiteral("&Delete (not provided)"),
                                QStringLiteral("&Find…"), QStringLiteral("&About DAPP Analyst")})
        QVERIFY2(actionNamed(&w, text), qPrintable(text));
    QStringList menus;
    for (QMenu *m : w.findChildren<QMenu *>())
        menus << m->title();
    QVERIFY2(menus.contains(QStringLiteral("&Columns")) && menus.contains(QStringLiteral("&Help")),
             qPrintable(menus.join(QLatin1Char(','))));
    QCOMPARE(actionNamed(&w, QStringLiteral("&Copy"))->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(actionNamed(&w, QStringLiteral("&Find…"))->shortcut(), QKeySequence(QKeySequence::Find));
    // Edit › Copy copies the table's selection, as Ctrl+C in the table does.
    const QModelIndex cell = findCell(w, QStringLiteral("Changes Program"), QStringLiteral("The Elm Foundation"),
                                      ReturnsTableModel::AgencyReferredColumn);
    w.returnsView()->setCurrentIndex(cell);
    actionNamed(&w, QStringLiteral("&Copy"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("54\n"));
}

void TestMainWindow::findFocusesTheFilter()
{
    MainWindow w;
    w.document()->openSample();
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.returnsView()->setFocus();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(search);
    QVERIFY(search->placeholderText().startsWith(QStringLiteral("Find")));
    QTest::keyClicks(search, QStringLiteral("Butterley Hall")); // only in Derbyshire's letter
    QCOMPARE(w.returnsView()->model()->rowCount(), 4);
}

void TestMainWindow::addProgrammeWithoutALetterSaysWhatToDo()
{
    MainWindow w;
    w.document()->newAction()->trigger();
    QVERIFY(w.document()->store()->data().letters.isEmpty());
    QString said;
    QTimer::singleShot(0, &w, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    QAction *add = actionNamed(&w, QStringLiteral("Add &Programme…"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QVERIFY2(said.contains(QStringLiteral("Add the letter first")), qPrintable(said));
    QVERIFY(w.document()->store()->data().returns.isEmpty());
    QVERIFY2(w.returnsView()->emptyMessage().contains(QStringLiteral("no letters yet")),
             qPrintable(w.returnsView()->emptyMessage()));
    // Once there is a letter, the empty table says what comes next.
    Letter letter;
    letter.foiReference = QStringLiteral("FOI 1/2024");
    w.document()->undoStack()->push(addLetterCommand(w.document()->store(), letter).release());
    w.navigatorView()->setCurrentIndex(w.navigatorView()->model()->index(0, 0, w.navigatorView()->model()->index(1, 0)));
    QVERIFY2(w.returnsView()->emptyMessage().contains(QStringLiteral("no programme returns yet")),
             qPrintable(w.returnsView()->emptyMessage()));
    w.document()->undoStack()->setClean();
}

void TestMainWindow::filtersReachTableChartsAndExports()
{
    MainWindow w;
    w.document()->openSample();
    w.show();
    ComparisonFilter derbyshire;
    derbyshire.areaCodes = {QStringLiteral("E23000018")};
    derbyshire.providers = {QStringLiteral("Glow")};
    w.filterBar()->setFilter(derbyshire);
    // The table, the charts and every export show the same two returns.
    QCOMPARE(w.returnsView()->model()->rowCount(), 2);
    QTRY_COMPARE(w.chartPanel()->spec().categories.size(), 2);
    QVERIFY(w.chartPanel()->spec().subtitle.contains(QStringLiteral("provider Glow")));

    const QString csv = m_dir.filePath(QStringLiteral("shown.csv"));
    QString error;
    QVERIFY2(w.exports()->exportTableTo(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2); // the header and the two returns
    QVERIFY(lines.at(1).contains(QStringLiteral("Glow")) && lines.at(2).contains(QStringLiteral("Glow")));

    const QString xlsx = m_dir.filePath(QStringLiteral("shown.xlsx"));
    QVERIFY2(w.exports()->exportTableTo(xlsx, &error), qPrintable(error));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK"));

    const QString pdf = m_dir.filePath(QStringLiteral("shown.pdf"));
    QVERIFY2(w.exports()->exportReportTo(pdf, &error), qPrintable(error));
    QFile report(pdf);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(report.read(5), QByteArray("%PDF-"));

    // File offers them all.
    QStringList fileActions;
    for (QAction *a : w.menuBar()->actions().first()->menu()->actions())
        fileActions << a->text();
    for (const QString &wanted : {QStringLiteral("Export &Table…"), QStringLiteral("Export Chart…"),
                                  QStringLiteral("Export &Report…"), QStringLiteral("Print Pre&view…")})
        QVERIFY2(fileActions.contains(wanted), qPrintable(fileActions.join(QLatin1Char('|'))));
}

void TestMainWindow::anImportIsOneUndoStep()
{
    MainWindow w;
    w.document()->openSample();
    const int before = int(w.document()->store()->data().returns.size());
    QTimer::singleShot(0, &w, [] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->readFile(QStringLiteral(DAPP_SOURCE_DIR "/resources/sample/sample-returns.csv"));
        dialog->setDuplicatePolicy(DuplicatePolicy::KeepBoth);
        dialog->accept();
    });
    w.document()->importAction()->trigger();
    QCOMPARE(int(w.document()->store()->data().returns.size()), 2 * before);
    QCOMPARE(w.returnsView()->model()->rowCount(), 2 * before);
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY2(w.document()->undoStack()->undoText().startsWith(QStringLiteral("Import 8 returns from sample-returns.csv")),
             qPrintable(w.document()->undoStack()->undoText()));
    w.document()->undoStack()->undo();
    QCOMPARE(int(w.document()->store()->data().returns.size()), before);
    QCOMPARE(w.returnsView()->model()->rowCount(), before);
    QVERIFY(!w.isWindowModified());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
