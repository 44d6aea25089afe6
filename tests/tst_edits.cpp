// Every kind of edit goes through the undo stack and comes back whole on undo, in the store
// and in the database.
#include "edits.h"
#include "projectjson.h"
#include "projectstore.h"
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
    void updateProgramme();
    void addAndRemoveLetter();
    void removeLetterTakesItsReturnsAndUndoBringsThemBack();
    void addAndRemoveProgramme();
    void undoneEditsAreUndoneInTheFileToo();

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
    QVERIFY(command->text().contains(QStringLiteral("agency accepted")));
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
    QVERIFY(reopened.open(path, &error));
    QVERIFY(reopened.data() == sampleProject());
}

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
