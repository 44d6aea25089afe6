// Every kind of edit goes through the undo stack and comes back whole on undo, in the store
// and in the database.
#include "editing/edits.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void setFigure();
    void updateLetter();
    void movingALetterLeavesASharedProgrammeWithTheOtherLetter();
    void movingALetterMovesItsContextFigures();
    void updateProgramme();
    void addAndRemoveLetter();
    void removeLetterTakesItsReturnsAndUndoBringsThemBack();
    void addAndRemoveProgramme();
    void undoneEditsAreUndoneInTheFileToo();
    void refusedNewEditLeavesTheHistoryAlone();
    void failedUndoInvalidatesTheHistory();
    void aChangeWrittenBeforeItIsPushedIsNotWrittenTwice();

private:
    void checkUndoRestores(std::unique_ptr<EditCommand> command);
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    QTemporaryDir m_dir;
};

void TestEdits::init()
{
    m_store = test::sampleStore();
    m_stack = std::make_unique<QUndoStack>();
}

void TestEdits::checkUndoRestores(std::unique_ptr<EditCommand> command)
{
    QVERIFY(command);
    const ProjectData original = m_store->data();
    QSignalSpy changed(m_store.get(), &ProjectStore::changed);
    m_stack->push(command.release());
    QCOMPARE(changed.size(), 1);
    const ProjectData edited = m_store->data();
    QVERIFY(!(edited == original));
    m_stack->undo();
    QVERIFY(m_store->data() == original);
    m_stack->redo();
    QVERIFY(m_store->data() == edited);
    m_stack->undo();
    QVERIFY(m_store->data() == original);
}

void TestEdits::setFigure()
{
    const Id rid = m_store->data().returns.firstKey();
    const Figure newFigure = Figure::withStatus(FigureStatus::Withheld, {}, QStringLiteral("s.31"));
    auto command = setFigureCommand(m_store.get(), rid, FigureField::AgencyAccepted, newFigure);
    QCOMPARE(command->text(), QStringLiteral("Set agency accepted of Avon and Somerset · Drive")); // names the return
    m_stack->push(command.release());
    QCOMPARE(m_store->data().returns.value(rid).figure(FigureField::AgencyAccepted), newFigure);
    m_stack->undo();
    checkUndoRestores(setFigureCommand(m_store.get(), rid, FigureField::Budget, Figure::reported(1)));
}

void TestEdits::updateLetter()
{
    Letter l = m_store->data().letters.first();
    l.areaCode = QStringLiteral("E23000018");
    l.cohort = Cohort::All;
    checkUndoRestores(updateLetterCommand(m_store.get(), l));
    // The letter's programmes move to its new area in the same step.
    m_stack->redo();
    for (Id rid : m_store->data().returnIdsOfLetter(l.id))
        QCOMPARE(m_store->data().programmes.value(m_store->data().returns.value(rid).programmeId).areaCode,
                 QStringLiteral("E23000018"));
    QCOMPARE(m_stack->count(), 1);
}

void TestEdits::movingALetterLeavesASharedProgrammeWithTheOtherLetter()
{
    const Letter first = m_store->data().letters.first();
    const Id firstReturn = m_store->data().returnIdsOfLetter(first.id).constFirst();
    const Id shared = m_store->data().returns.value(firstReturn).programmeId;
    const QString oldArea = first.areaCode;
    // A second letter from the same area answers about the same programme (say, the other cohort).
    Letter second = first;
    second.id = m_store->allocateLetterId();
    second.cohort = first.cohort == Cohort::Male ? Cohort::Female : Cohort::Male;
    ProgrammeReturn other;
    other.id = m_store->allocateReturnId();
    other.letterId = second.id;
    other.programmeId = shared;
    ProjectData added;
    added.letters.insert(second.id, second);
    added.returns.insert(other.id, other);
    QString error;
    QVERIFY2(m_store->apply(ProjectData{}, added, &error), qPrintable(error));

    Letter moved = first;
    moved.areaCode = QStringLiteral("E23000018");
    checkUndoRestores(updateLetterCommand(m_store.get(), moved));
    m_stack->redo();
    const ProjectData &data = m_store->data();
    QCOMPARE(data.programmes.value(shared).areaCode, oldArea); // still the other letter's
    QCOMPARE(data.returns.value(other.id).programmeId, shared);
    const Id copy = data.returns.value(firstReturn).programmeId;
    QVERIFY(copy != shared);
    QCOMPARE(data.programmes.value(copy).areaCode, QStringLiteral("E23000018"));
    QCOMPARE(data.programmes.value(copy).name, data.programmes.value(shared).name);
    QCOMPARE(data.programmes.value(copy).provider, data.programmes.value(shared).provider);
    // And the file agrees: the move was written in an order the foreign keys accept.
    const QString path = m_dir.filePath(QStringLiteral("moved.dapp"));
    QVERIFY2(m_store->saveAs(path, &error), qPrintable(error));
    ProjectStore reopened;
    QVERIFY2(reopened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(reopened.data() == data);
}

void TestEdits::movingALetterMovesItsContextFigures()
{
    Id reportId = 0;
    for (const Letter &l : m_store->data().letters)
        if (!m_store->data().contextIdsOfLetter(l.id).isEmpty())
            reportId = l.id;
    QVERIFY(reportId != 0);
    Letter moved = m_store->data().letters.value(reportId);
    moved.areaCode = QStringLiteral("E23000018");
    checkUndoRestores(updateLetterCommand(m_store.get(), moved));
    m_stack->redo();
    for (Id cid : m_store->data().contextIdsOfLetter(reportId))
        QCOMPARE(m_store->data().contextFigures.value(cid).areaCode, QStringLiteral("E23000018"));
}

void TestEdits::updateProgramme()
{
    Programme p = m_store->data().programmes.first();
    p.name = QStringLiteral("Renamed");
    checkUndoRestores(updateProgrammeCommand(m_store.get(), p));
}

void TestEdits::addAndRemoveLetter()
{
    Letter l;
    l.foiReference = QStringLiteral("FOI 1/2025");
    l.financialYear = QStringLiteral("2023/24");
    const int before = int(m_store->data().letters.size());
    checkUndoRestores(addLetterCommand(m_store.get(), l));
    m_stack->redo();
    QCOMPARE(int(m_store->data().letters.size()), before + 1);
    const Id added = m_store->data().letters.lastKey();
    checkUndoRestores(removeLetterCommand(m_store.get(), added));
}

void TestEdits::removeLetterTakesItsReturnsAndUndoBringsThemBack()
{
    // The letter with the most returns (Derbyshire's four).
    Id letterId = 0;
    qsizetype most = 0;
    for (const Letter &l : m_store->data().letters) {
        if (m_store->data().returnIdsOfLetter(l.id).size() > most) {
            most = m_store->data().returnIdsOfLetter(l.id).size();
            letterId = l.id;
        }
    }
    QVERIFY(most >= 4);
    m_stack->push(removeLetterCommand(m_store.get(), letterId).release());
    QVERIFY(m_store->data().returnIdsOfLetter(letterId).isEmpty());
    QVERIFY(!m_store->data().letters.contains(letterId));
    m_stack->undo();
    QCOMPARE(m_store->data().returnIdsOfLetter(letterId).size(), most);
    QVERIFY(m_store->data() == sampleProject());
}

void TestEdits::addAndRemoveProgramme()
{
    const Id letterId = m_store->data().letters.firstKey();
    checkUndoRestores(addProgrammeCommand(m_store.get(), letterId, QStringLiteral("New"), QStringLiteral("Provider")));
    m_stack->redo();
    const ProgrammeReturn added = m_store->data().returns.last();
    QCOMPARE(m_store->data().programmes.value(added.programmeId).name, QStringLiteral("New"));
    for (FigureField f : kAllFigureFields) // a new return starts as "not provided", never as 0
        QCOMPARE(added.figure(f).status, FigureStatus::NotProvided);
    checkUndoRestores(removeReturnCommand(m_store.get(), added.id));
}

void TestEdits::undoneEditsAreUndoneInTheFileToo()
{
    const Id rid = m_store->data().returns.firstKey();
    m_stack->push(setFigureCommand(m_store.get(), rid, FigureField::SelfReferred, Figure::reported(999)).release());
    m_stack->undo();
    const QString path = m_dir.filePath(QStringLiteral("undone.dapp"));
    QString error;
    QVERIFY(m_store->saveAs(path, &error));
    ProjectStore reopened;
    QVERIFY(reopened.open(path, &error, OpenAccess::ReadOnly));
    QVERIFY(reopened.data() == sampleProject());
}

namespace {
// Changes a return behind the undo stack's back, as a bug or a second writer would.
void changeBehindTheStack(ProjectStore &store, Id returnId, qint64 value)
{
    ProjectData before, after;
    before.returns.insert(returnId, store.data().returns.value(returnId));
    after = before;
    after.returns[returnId].figure(FigureField::SelfReferred) = Figure::reported(value);
    QString error;
    QVERIFY2(store.apply(before, after, &error), qPrintable(error));
}
} // namespace

void TestEdits::refusedNewEditLeavesTheHistoryAlone()
{
    const Id rid = m_store->data().returns.firstKey();
    m_stack->push(setFigureCommand(m_store.get(), rid, FigureField::Budget, Figure::reported(5)).release());
    auto stale = setFigureCommand(m_store.get(), rid, FigureField::SelfAccepted, Figure::reported(6));
    changeBehindTheStack(*m_store, rid, 7);
    QSignalSpy failed(m_store.get(), &ProjectStore::failed);
    QSignalSpy invalidated(m_store.get(), &ProjectStore::historyInvalidated);
    m_stack->push(stale.release());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(invalidated.size(), 0);
    QCOMPARE(m_stack->count(), 1); // the refused edit is not on the stack
    QCOMPARE(m_store->data().returns.value(rid).figure(FigureField::SelfAccepted),
             sampleProject().returns.value(rid).figure(FigureField::SelfAccepted));
}

void TestEdits::failedUndoInvalidatesTheHistory()
{
    const Id rid = m_store->data().returns.firstKey();
    m_stack->push(setFigureCommand(m_store.get(), rid, FigureField::SelfReferred, Figure::reported(5)).release());
    changeBehindTheStack(*m_store, rid, 7);
    const ProjectData now = m_store->data();
    QSignalSpy failed(m_store.get(), &ProjectStore::failed);
    QSignalSpy invalidated(m_store.get(), &ProjectStore::historyInvalidated);
    m_stack->undo();
    QCOMPARE(invalidated.size(), 1);
    QVERIFY(invalidated.first().first().toString().contains(QStringLiteral("changed under this edit")));
    QCOMPARE(failed.size(), 0);
    QVERIFY(m_store->data() == now); // nothing half-undone
}

// An import is written first (with progress and Cancel) and pushed after: the push must not
// write it again, and undo and redo must still work.
void TestEdits::aChangeWrittenBeforeItIsPushedIsNotWrittenTwice()
{
    const Id rid = m_store->data().returns.firstKey();
    ProjectData before, after;
    before.returns.insert(rid, m_store->data().returns.value(rid));
    after = before;
    after.returns[rid].figure(FigureField::SelfReferred) = Figure::reported(41);
    QString error;
    QVERIFY2(m_store->apply(before, after, &error), qPrintable(error));
    QSignalSpy changed(m_store.get(), &ProjectStore::changed);
    QSignalSpy failed(m_store.get(), &ProjectStore::failed);
    m_stack->push(new EditCommand(m_store.get(), QStringLiteral("Import"), before, after, EditCommand::Applied::Already));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_store->data().returns.value(rid), before.returns.value(rid));
    m_stack->redo();
    QCOMPARE(m_store->data().returns.value(rid), after.returns.value(rid));
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
