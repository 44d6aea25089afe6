// The return and letter panels on a team database (issue 17), against a real PostgreSQL server:
// a viewer reads every field and can change none, nor can an editor whose connection was lost;
// what an editor is typing is kept when someone else's change arrives, and is made over what the
// field showed, so a change to another field is kept beside it and one to the same field (a
// figure's note, the letter's text, the same list) refuses the typing with both, never writing
// it over theirs unseen. Runs when DAPP_TEST_PG_HOST is set, as tst_teamdatabase.
#include "editing/reapply.h"
#include "itemmodels/livecomparison.h"
#include "itemmodels/returnsfilterproxy.h"
#include "itemmodels/returnstablemodel.h"
#include "letterpanel/contextfigureseditor.h"
#include "letterpanel/letterdetailpanel.h"
#include "returnpanel/caveatseditor.h"
#include "returnpanel/funderseditor.h"
#include "returnpanel/listeditor.h"
#include "returnpanel/returnpanel.h"
#include "table/returnstableview.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "teamtestserver.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestTeamPanels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void aViewerReadsThePanelsAndChangesNothing();
    void aLostConnectionMakesThePanelsReadOnly();
    void typingIsKeptBesideSomeoneElsesChange();
    void typingOverSomeoneElsesChangeToTheSameFieldIsRefused();
    void aListBeingEditedIsMadeOverWhatItShowed();
    void letterTextEditedOverSomeoneElsesIsRefused();
    void aFigureBeingTypedOutlivesRowsOthersAdd();

private:
    QString role(const char *name) const { return m_database + QLatin1Char('_') + QLatin1String(name); }
    std::unique_ptr<ProjectStore> openAs(const char *user);
    // `user` changes the records of `before` to those of `after` on a connection of their own.
    void commitAs(const char *user, const ProjectData &before, const ProjectData &after);
    // Everything on the server now, as a fresh reader sees it.
    ProjectData onTheServer();
    static void type(QWidget *edit, const QString &text);

    test::TeamTestServer m_server;
    QString m_database;
    Id m_returnId = 0;    // a return with caveats, funders and referrers
    Id m_programmeId = 0; // its programme
    Id m_letterId = 0;    // its letter
};

std::unique_ptr<ProjectStore> TestTeamPanels::openAs(const char *user)
{
    auto store = std::make_unique<ProjectStore>();
    QString error;
    if (!store->openTeam(m_server.address(role(user), m_database), &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return store;
}

void TestTeamPanels::commitAs(const char *user, const ProjectData &before, const ProjectData &after)
{
    auto store = openAs(user);
    QString error;
    QVERIFY2(store->apply(before, after, &error), qPrintable(error));
}

ProjectData TestTeamPanels::onTheServer()
{
    return openAs("carol")->data();
}

void TestTeamPanels::type(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void TestTeamPanels::initTestCase()
{
    if (!test::TeamTestServer::available())
        QSKIP("DAPP_TEST_PG_HOST is not set: no PostgreSQL server to test against");
    QString error;
    m_database = m_server.freshDatabase(QStringLiteral("dapp_panels_"), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.setUpTeam(m_database, &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("alice"), teamEditorsRole(m_database), &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("bob"), teamEditorsRole(m_database), &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("carol"), teamViewersRole(m_database), &error), qPrintable(error));
    const ProjectData sample = sampleProject();
    for (const ProgrammeReturn &r : sample.returns) {
        if (!r.caveats.isEmpty() && !r.funders.isEmpty() && !r.referrers.isEmpty()) {
            m_returnId = r.id;
            m_programmeId = r.programmeId;
            m_letterId = r.letterId;
            break;
        }
    }
    QVERIFY2(m_returnId != 0, "the sample has a return with caveats, funders and referrers");
}

void TestTeamPanels::init()
{
    // Every test starts from the sample, published by its owner.
    QVERIFY(m_server.admin(QStringLiteral("TRUNCATE letter, programme, programme_return, context_figure CASCADE"),
                           m_database));
    QString error;
    const std::optional<TeamAddress> owner = parseTeamAddress(m_server.address(QStringLiteral("postgres"), m_database), &error);
    QVERIFY2(owner && publishProject(*owner, QString(), sampleProject(), &error), qPrintable(error));
}

void TestTeamPanels::cleanupTestCase()
{
    m_server.dropAll();
}

void TestTeamPanels::aViewerReadsThePanelsAndChangesNothing()
{
    for (const char *user : {"alice", "carol"}) {
        const bool viewer = QByteArray(user) == "carol";
        auto store = openAs(user);
        QUndoStack stack;
        ReturnPanel returnPanel(store.get(), &stack);
        LetterDetailPanel letterPanel(store.get(), &stack);
        returnPanel.show();
        letterPanel.show();
        returnPanel.showReturn(m_returnId, FigureField::SelfReferred);
        letterPanel.showLetter(m_letterId);
        // Every field shows the record and may be selected; none takes typing for a viewer.
        QLineEdit *provider = returnPanel.findChild<QLineEdit *>(QStringLiteral("provider"));
        QCOMPARE(provider->text(), store->data().programmes.value(m_programmeId).provider);
        for (QWidget *panel : std::initializer_list<QWidget *>{&returnPanel, &letterPanel}) {
            for (QLineEdit *edit : panel->findChildren<QLineEdit *>())
                QVERIFY2(edit->isReadOnly() == viewer, qPrintable(edit->objectName()));
            for (QPushButton *button : panel->findChildren<QPushButton *>())
                QVERIFY2(!viewer || !button->isEnabled(), qPrintable(button->text()));
            for (QComboBox *combo : panel->findChildren<QComboBox *>())
                QVERIFY2(combo->isEnabled() == !viewer, qPrintable(combo->objectName()));
        }
        QVERIFY(returnPanel.findChild<QPushButton *>(QStringLiteral("useLetterSelection"))->isEnabled() == !viewer);
        QVERIFY(letterPanel.findChild<QToolButton *>(QStringLiteral("editLetterText"))->isEnabled() == !viewer);
        const auto triggers = viewer ? QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers)
                                     : QAbstractItemView::EditTriggers(QAbstractItemView::DoubleClicked
                                                                       | QAbstractItemView::EditKeyPressed
                                                                       | QAbstractItemView::AnyKeyPressed);
        QCOMPARE(returnPanel.fundersEditor()->table()->editTriggers(), triggers);
        QCOMPARE(returnPanel.caveatsEditor()->table()->editTriggers(), triggers);
        QCOMPARE(returnPanel.referrersEditor()->list()->editTriggers(), triggers);
        QCOMPARE(letterPanel.findChild<ContextFiguresEditor *>()->table()->editTriggers(), triggers);
        // A caveat's ticks cannot be changed by a click either.
        QTableWidget *caveats = returnPanel.caveatsEditor()->table();
        QVERIFY(caveats->rowCount() > 0);
        QCOMPARE(bool(caveats->item(0, 1)->flags() & Qt::ItemIsUserCheckable), !viewer);
        // Typed at anyway: nothing changes, nothing is asked of the store.
        QSignalSpy failed(store.get(), &ProjectStore::failed);
        if (viewer) {
            type(provider, QStringLiteral("Typed"));
            QTest::keyClick(provider, Qt::Key_Return);
            QCOMPARE(provider->text(), store->data().programmes.value(m_programmeId).provider);
            QCOMPARE(stack.count(), 0);
            QCOMPARE(failed.size(), 0);
        }
    }
}

void TestTeamPanels::aLostConnectionMakesThePanelsReadOnly()
{
    auto alice = openAs("alice");
    QUndoStack stack;
    ReturnPanel returnPanel(alice.get(), &stack);
    LetterDetailPanel letterPanel(alice.get(), &stack);
    returnPanel.showReturn(m_returnId, FigureField::SelfReferred);
    letterPanel.showLetter(m_letterId);
    QLineEdit *provider = returnPanel.findChild<QLineEdit *>(QStringLiteral("provider"));
    QComboBox *area = letterPanel.findChild<QComboBox *>(QStringLiteral("area"));
    QVERIFY(!provider->isReadOnly() && area->isEnabled());
    QSignalSpy disconnected(alice.get(), &ProjectStore::disconnected);
    QVERIFY(m_server.admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                               .arg(role("alice"))));
    // Noticed by itself (the connection is looked at every few seconds) or by the next edit.
    if (!disconnected.wait(8000)) {
        ProjectData now;
        now.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
        ProjectData changed = now;
        changed.returns.first().figure(FigureField::SelfReferred) = Figure::reported(5);
        QString error;
        QVERIFY(!alice->apply(now, changed, &error));
    }
    QVERIFY(alice->isDisconnected());
    QVERIFY(provider->isReadOnly());
    QVERIFY(!area->isEnabled());
    QVERIFY(!returnPanel.fundersEditor()->findChildren<QPushButton *>().first()->isEnabled());
}

void TestTeamPanels::typingIsKeptBesideSomeoneElsesChange()
{
    auto alice = openAs("alice");
    QUndoStack stack;
    QWidget window; // one window, as in the app: moving between the panels is a focus change
    auto *returnPanel = new ReturnPanel(alice.get(), &stack, &window);
    auto *letterPanel = new LetterDetailPanel(alice.get(), &stack, &window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(returnPanel);
    layout->addWidget(letterPanel);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    returnPanel->showReturn(m_returnId, FigureField::SelfReferred);
    letterPanel->showLetter(m_letterId);
    QLineEdit *provider = returnPanel->findChild<QLineEdit *>(QStringLiteral("provider"));
    QLineEdit *risk = returnPanel->findChild<QLineEdit *>(QStringLiteral("riskLevel"));
    QLineEdit *body = letterPanel->findChild<QLineEdit *>(QStringLiteral("issuingBody"));
    QLineEdit *reference = letterPanel->findChild<QLineEdit *>(QStringLiteral("foiReference"));
    QSignalSpy news(alice.get(), &ProjectStore::changedByOthers);
    QSignalSpy failed(alice.get(), &ProjectStore::failed);

    // Alice types a programme's provider; meanwhile Bob changes its risk level.
    provider->setFocus();
    provider->selectAll();
    QTest::keyClicks(provider, QStringLiteral("Alice's provider"));
    ProjectData before, after;
    before.programmes.insert(m_programmeId, alice->data().programmes.value(m_programmeId));
    after = before;
    after.programmes[m_programmeId].riskLevel = QStringLiteral("Bob's risk");
    commitAs("bob", before, after);
    QVERIFY(news.wait(3000));
    // What Alice typed is still there; what Bob changed shows beside it.
    QCOMPARE(provider->text(), QStringLiteral("Alice's provider"));
    QCOMPARE(risk->text(), QStringLiteral("Bob's risk"));
    QTest::keyClick(provider, Qt::Key_Return);

    // The same in the letter: Alice types its issuing body, Bob changes its reference.
    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, QStringLiteral("Alice's body"));
    before = ProjectData();
    before.letters.insert(m_letterId, alice->data().letters.value(m_letterId));
    after = before;
    after.letters[m_letterId].foiReference = QStringLiteral("Bob's ref");
    commitAs("bob", before, after);
    QVERIFY(news.wait(3000));
    QCOMPARE(body->text(), QStringLiteral("Alice's body"));
    QCOMPARE(reference->text(), QStringLiteral("Bob's ref"));
    QTest::keyClick(body, Qt::Key_Return);

    QCOMPARE(failed.size(), 0);
    const ProjectData server = onTheServer();
    QCOMPARE(server.programmes.value(m_programmeId).provider, QStringLiteral("Alice's provider"));
    QCOMPARE(server.programmes.value(m_programmeId).riskLevel, QStringLiteral("Bob's risk"));
    QCOMPARE(server.letters.value(m_letterId).issuingBody, QStringLiteral("Alice's body"));
    QCOMPARE(server.letters.value(m_letterId).foiReference, QStringLiteral("Bob's ref"));
    QVERIFY(alice->data() == server);
    QCOMPARE(stack.count(), 2);
}

void TestTeamPanels::typingOverSomeoneElsesChangeToTheSameFieldIsRefused()
{
    auto alice = openAs("alice");
    QUndoStack stack;
    ReturnPanel panel(alice.get(), &stack);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.showReturn(m_returnId, FigureField::SelfReferred);
    QLineEdit *provider = panel.findChild<QLineEdit *>(QStringLiteral("provider"));
    QLineEdit *note = panel.findChild<QLineEdit *>(QStringLiteral("figureNote"));
    provider->selectAll();
    type(provider, QStringLiteral("Alice's provider"));

    ProjectData before, after;
    before.programmes.insert(m_programmeId, alice->data().programmes.value(m_programmeId));
    after = before;
    after.programmes[m_programmeId].provider = QStringLiteral("Bob's provider");
    QSignalSpy news(alice.get(), &ProjectStore::changedByOthers);
    commitAs("bob", before, after);
    QVERIFY(news.wait(3000));
    QCOMPARE(provider->text(), QStringLiteral("Alice's provider"));

    QSignalSpy failed(alice.get(), &ProjectStore::failed);
    QTest::keyClick(provider, Qt::Key_Return);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(role("bob")) && message.contains(QLatin1String("Bob's provider"))
                 && message.contains(QLatin1String("Alice's provider")),
             qPrintable(message));
    QCOMPARE(onTheServer().programmes.value(m_programmeId).provider, QStringLiteral("Bob's provider"));
    QCOMPARE(provider->text(), QStringLiteral("Bob's provider")); // the panel shows what is stored
    QCOMPARE(stack.count(), 0);
    QVERIFY(alice->takeRefusedEdit().has_value()); // what Apply Mine on Top offers

    // The same for a figure's note.
    type(note, QStringLiteral("Alice's note"));
    ProjectData returnBefore, returnAfter;
    returnBefore.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    returnAfter = returnBefore;
    returnAfter.returns[m_returnId].figure(FigureField::SelfReferred).setNote(QStringLiteral("Bob's note"));
    commitAs("bob", returnBefore, returnAfter);
    QVERIFY(news.wait(3000));
    QCOMPARE(note->text(), QStringLiteral("Alice's note"));
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(onTheServer().returns.value(m_returnId).figure(FigureField::SelfReferred).note(), QStringLiteral("Bob's note"));
}

void TestTeamPanels::aListBeingEditedIsMadeOverWhatItShowed()
{
    auto alice = openAs("alice");
    QUndoStack stack;
    ReturnPanel panel(alice.get(), &stack);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.showReturn(m_returnId);
    CaveatsEditor *caveats = panel.caveatsEditor();
    const int rows = caveats->table()->rowCount();
    QPushButton *add = caveats->findChildren<QPushButton *>().first();
    QCOMPARE(add->text(), QStringLiteral("Add"));
    add->click(); // a new row, its text being typed
    QVERIFY(caveats->isEditing());
    auto *cell = caveats->table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(cell);
    QTest::keyClicks(cell, QStringLiteral("Alice's caveat"));

    // Bob adds a caveat to the same return meanwhile.
    ProjectData before, after;
    before.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    after = before;
    after.returns[m_returnId].caveats << Caveat{QStringLiteral("Bob's caveat"), {}};
    QSignalSpy news(alice.get(), &ProjectStore::changedByOthers);
    commitAs("bob", before, after);
    QVERIFY(news.wait(3000));
    // The editor is still open on Alice's row: the rows are not refilled under it.
    QVERIFY(caveats->isEditing());
    QCOMPARE(cell->text(), QStringLiteral("Alice's caveat"));

    QSignalSpy failed(alice.get(), &ProjectStore::failed);
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(failed.size(), 1); // the delegate commits once back in the event loop; her list would have dropped Bob's caveat: refused, with his
    QVERIFY2(failed.first().first().toString().contains(role("bob")), qPrintable(failed.first().first().toString()));
    QList<Caveat> onServer = onTheServer().returns.value(m_returnId).caveats;
    QCOMPARE(onServer.size(), rows + 1);
    QCOMPARE(onServer.constLast().text, QStringLiteral("Bob's caveat"));
    // Once the editor has closed, the table shows what is stored: Bob's caveat.
    QTRY_VERIFY(!caveats->isEditing());
    QTRY_COMPARE(caveats->table()->item(rows, 0)->text(), QStringLiteral("Bob's caveat"));
    QCOMPARE(caveats->table()->rowCount(), rows + 1);
}

void TestTeamPanels::letterTextEditedOverSomeoneElsesIsRefused()
{
    auto alice = openAs("alice");
    QUndoStack stack;
    LetterDetailPanel panel(alice.get(), &stack);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.showLetter(m_letterId);
    auto *editText = panel.findChild<QToolButton *>(QStringLiteral("editLetterText"));
    auto *text = panel.findChild<QTextEdit *>(QStringLiteral("letterText"));
    editText->click();
    QVERIFY(!text->isReadOnly());
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" Alice's words"));

    const QString original = alice->data().letters.value(m_letterId).text;
    ProjectData before, after;
    before.letters.insert(m_letterId, alice->data().letters.value(m_letterId));
    after = before;
    after.letters[m_letterId].text = original + QStringLiteral(" Bob's words");
    QSignalSpy news(alice.get(), &ProjectStore::changedByOthers);
    commitAs("bob", before, after);
    QVERIFY(news.wait(3000));
    QVERIFY(text->toPlainText().endsWith(QLatin1String(" Alice's words"))); // still as typed

    QSignalSpy failed(alice.get(), &ProjectStore::failed);
    editText->click(); // Keep letter text
    QCOMPARE(failed.size(), 1);
    QCOMPARE(onTheServer().letters.value(m_letterId).text, original + QStringLiteral(" Bob's words"));
    // Nothing typed is lost: the text stays as typed, still being edited, until the refusal is
    // dealt with (Apply Mine on Top, or the analyst copies what matters and starts again).
    QVERIFY(editText->isChecked());
    QVERIFY(!text->isReadOnly());
    QVERIFY(text->toPlainText().endsWith(QLatin1String(" Alice's words")));
    // Put on top of Bob's, as the window's Apply Mine on Top does; then Keep leaves the editing.
    const std::optional<ProjectStore::RefusedEdit> refused = alice->takeRefusedEdit();
    QVERIFY(refused.has_value());
    stack.push(reapplyCommand(alice.get(), reapplyOnTop(refused->seen, refused->mine, alice->data())).release());
    QCOMPARE(onTheServer().letters.value(m_letterId).text, original + QStringLiteral(" Alice's words"));
    editText->click();
    QVERIFY(!editText->isChecked());
    QCOMPARE(failed.size(), 1);
    QVERIFY(text->isReadOnly());
}

void TestTeamPanels::aFigureBeingTypedOutlivesRowsOthersAdd()
{
    // Rows others add or remove reset the table's model, which closes every open editor: the
    // figure Alice is typing is kept, its editor opened again on the same return, and stored
    // when she presses Enter (made over what it started from, so not over anyone's change).
    auto alice = openAs("alice");
    QUndoStack stack;
    LiveComparison comparison(alice.get());
    ReturnsTableModel model(&comparison, &stack);
    ReturnsFilterProxy proxy;
    proxy.setSourceModel(&model);
    ReturnsTableView view;
    view.setModel(&proxy);
    view.setReturnsModel(&model);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const int column = ReturnsTableModel::columnOfField(FigureField::SelfReferred);
    const QModelIndex cell = proxy.mapFromSource(model.index(model.rowOfReturn(m_returnId), column));
    view.setCurrentIndex(cell);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != &view);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("77"));

    // Bob adds a return to another letter: rows come, the model is reset.
    ProjectData added;
    ProgrammeReturn r = alice->data().returns.value(m_returnId);
    auto bob = openAs("bob");
    r.id = bob->allocateReturnId();
    r.figure(FigureField::SelfReferred) = Figure::reported(5);
    added.returns.insert(r.id, r);
    QSignalSpy news(alice.get(), &ProjectStore::changedByOthers);
    QString error;
    QVERIFY2(bob->apply(ProjectData{}, added, &error), qPrintable(error));
    QVERIFY(news.wait(3000));
    QTRY_COMPARE(model.rowCount(), int(alice->data().returns.size()));

    // The editor is open again on the same return, with what was typed.
    QTRY_COMPARE(model.returnIdAt(proxy.mapToSource(view.currentIndex()).row()), m_returnId);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    editor = QApplication::focusWidget();
    const auto *line = qobject_cast<QLineEdit *>(editor);
    QCOMPARE(line->text(), QStringLiteral("77"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(onTheServer().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 77);
    QCOMPARE(onTheServer().returns.value(r.id).figure(FigureField::SelfReferred).value, 5);
}

QTEST_MAIN(TestTeamPanels)
#include "tst_teampanels.moc"
