// A whole new letter entered as a user would, from the keyboard: metadata, two programmes,
// every figure, referrers, funders with shares, a caveat on two figures; saved, reopened and
// exported, and the CSV compared with what was typed.
#include "documentcontroller.h"
#include "interchange/tidycsv.h"
#include "formats/csv.h"
#include "itemmodels/returnstablemodel.h"
#include "letterpanel/letterdetailpanel.h"
#include "mainwindow.h"
#include "returnpanel/caveatseditor.h"
#include "returnpanel/funderseditor.h"
#include "returnpanel/listeditor.h"
#include "returnpanel/returnpanel.h"
#include "storage/projectstore.h"
#include "table/returnstableview.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace dapp;

class TestDataEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aWholeLetterFromTheKeyboard();

private:
    void answerNextDialog(const QString &text);
    void typeIntoField(QLineEdit *field, const QString &text);
    void typeFigures(MainWindow &w, const QStringList &cells);
    QTemporaryDir m_dir;
};

void TestDataEntry::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DAPP Analyst Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dataentry"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestDataEntry::answerNextDialog(const QString &text)
{
    // The dialog is modal: type into it once it is up (asking again until it is).
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, text] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QInputDialog *>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            auto *field = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(field, text);
            QTest::keyClick(field, Qt::Key_Return);
            return;
        }
    });
    timer->start(20);
}

void TestDataEntry::typeIntoField(QLineEdit *field, const QString &text)
{
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestDataEntry::typeFigures(MainWindow &w, const QStringList &cells)
{
    w.activateWindow(); // after the Add Programme dialog; see above
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.returnsView()));
    // Add Programme leaves the cursor on the first figure: type, Enter, Right, …
    ReturnsTableView *table = w.returnsView();
    for (const QString &cell : cells) {
        if (cell.isEmpty()) { // an empty answer: F2, nothing, Enter
            QTest::keyClick(table, Qt::Key_F2);
        } else {
            QTest::keyClicks(table, cell.left(1)); // the first key opens the editor...
            QTest::keyClicks(QApplication::focusWidget(), cell.mid(1)); // ...which has the rest
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::qWait(0); // the view commits on a queued call
        QTest::keyClick(table, Qt::Key_Right);
    }
}

void TestDataEntry::aWholeLetterFromTheKeyboard()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence::New);

    answerNextDialog(QStringLiteral("FOI 42/2024"));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.document()->store()->data().letters.size(), 1);
    // The area field has the keyboard (once the window is active again): type the area's name.
    w.activateWindow(); // the offscreen platform does not give it back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_VERIFY2(qobject_cast<QComboBox *>(QApplication::focusWidget()),
                 QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "no focus");
    auto *area = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QTest::keyClicks(area, QStringLiteral("Cumbria"));
    QTest::keyClick(area, Qt::Key_Return);
    LetterDetailPanel *letter = w.letterPanel();
    const auto fieldWithPlaceholder = [&](const QString &start) -> QLineEdit * {
        for (QLineEdit *e : letter->findChildren<QLineEdit *>())
            if (e->placeholderText().startsWith(start))
                return e;
        return nullptr;
    };
    QList<QLineEdit *> dates;
    for (QLineEdit *e : letter->findChildren<QLineEdit *>())
        if (e->placeholderText().startsWith(QStringLiteral("2024-05-19")))
            dates << e;
    QCOMPARE(dates.size(), 2);
    typeIntoField(dates.at(0), QStringLiteral("02/04/2024"));
    typeIntoField(dates.at(1), QStringLiteral("30 April 2024"));
    typeIntoField(fieldWithPlaceholder(QStringLiteral("e.g. 2022/23")), QStringLiteral("FY23/24"));
    const Letter stored = w.document()->store()->data().letters.first();
    QCOMPARE(stored.areaCode, QStringLiteral("E23000002")); // Cumbria
    QCOMPARE(stored.financialYear, QStringLiteral("2023/24"));
    QCOMPARE(stored.requestReceived, QDate(2024, 4, 2));
    QCOMPARE(stored.responseDate, QDate(2024, 4, 30));

    // Two programmes, every figure typed.
    answerNextDialog(QStringLiteral("Change Hub"));
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    typeFigures(w, {QStringLiteral("12"), QStringLiteral("10"), QStringLiteral("7"), QStringLiteral("40"),
                    QStringLiteral("31"), QStringLiteral("22"), QStringLiteral("£120,500.75")});
    answerNextDialog(QStringLiteral("Drive"));
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    typeFigures(w, {QStringLiteral("n/a"), QStringLiteral("n/a"), QStringLiteral("n/a"), QStringLiteral("18"),
                    QStringLiteral("not held"), QStringLiteral("held by provider"), QString()});
    QCOMPARE(w.document()->store()->data().returns.size(), 2);

    // The Change Hub's referrers, funders with shares and a caveat on two figures, in the return panel.
    ReturnsTableView *table = w.returnsView();
    table->setCurrentIndex(table->model()->index(0, ReturnsTableModel::AgencyReferredColumn));
    ReturnPanel *panel = w.returnPanel();
    QCOMPARE(panel->returnId(), w.document()->store()->data().returns.firstKey());
    const auto clickButton = [](QWidget *in, const QString &text) {
        for (QPushButton *b : in->findChildren<QPushButton *>())
            if (b->text() == text) {
                b->setFocus();
                QTest::keyClick(b, Qt::Key_Space);
                return true;
            }
        return false;
    };
    for (const QString &referrer : {QStringLiteral("Police"), QStringLiteral("Children's Services")}) {
        QVERIFY(clickButton(panel->referrersEditor(), QStringLiteral("Add")));
        QTest::keyClicks(QApplication::focusWidget(), referrer);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QTableWidget *funders = panel->fundersEditor()->table();
    for (const auto &[name, share] : {std::pair{QStringLiteral("PCC"), QStringLiteral("60%")},
                                      std::pair{QStringLiteral("Home Office"), QStringLiteral("40")}}) {
        QVERIFY(clickButton(panel->fundersEditor(), QStringLiteral("Add")));
        QTest::keyClicks(QApplication::focusWidget(), name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        funders->setCurrentCell(funders->rowCount() - 1, FundersEditor::ShareColumn);
        QTest::keyClicks(funders, share.left(1)); // the first key opens the cell's editor
        QTest::keyClicks(QApplication::focusWidget(), share.mid(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QTableWidget *caveats = panel->caveatsEditor()->table();
    QVERIFY(clickButton(panel->caveatsEditor(), QStringLiteral("Add")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("covers all crime types, not just DA"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    for (FigureField f : {FigureField::AgencyReferred, FigureField::AgencyAccepted}) {
        caveats->setCurrentCell(0, 1 + int(f));
        QTest::keyClick(caveats, Qt::Key_Space);
    }

    const QString path = m_dir.filePath(QStringLiteral("entered.dapp"));
    QVERIFY(w.document()->saveProjectAs(path));
    ProjectStore reopened;
    QString error;
    QVERIFY2(reopened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(reopened.data(), w.document()->store()->data());

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exportTidyCsv(reopened.data())));
    QCOMPARE(rows.size(), 3);
    const auto column = [&](const QStringList &row, const char *name) {
        return row.value(tidyCsvColumns().indexOf(QLatin1String(name)));
    };
    const QStringList hub = rows.at(1).contains(QStringLiteral("Change Hub")) ? rows.at(1) : rows.at(2);
    const QStringList drive = rows.at(1).contains(QStringLiteral("Change Hub")) ? rows.at(2) : rows.at(1);
    QCOMPARE(column(hub, "area"), QStringLiteral("Cumbria"));
    QCOMPARE(column(hub, "financial_year"), QStringLiteral("2023/24"));
    QCOMPARE(column(hub, "foi_reference"), QStringLiteral("FOI 42/2024"));
    QCOMPARE(column(hub, "response_date"), QStringLiteral("2024-04-30"));
    const QStringList hubFigures{QStringLiteral("12"), QStringLiteral("10"), QStringLiteral("7"), QStringLiteral("40"),
                                 QStringLiteral("31"), QStringLiteral("22"), QStringLiteral("120500.75")};
    for (FigureField f : kAllFigureFields)
        QCOMPARE(column(hub, fieldKey(f).toUtf8().constData()), hubFigures.at(int(f)));
    QCOMPARE(column(hub, "referrers"), QStringLiteral("Police; Children's Services"));
    QCOMPARE(column(hub, "funders"), QStringLiteral("PCC (60%); Home Office (40%)"));
    QCOMPARE(column(hub, "caveats"), QStringLiteral("covers all crime types, not just DA [agency_referred agency_accepted]"));
    const QStringList driveFigures{QStringLiteral("n/a"), QStringLiteral("n/a"), QStringLiteral("n/a"), QStringLiteral("18"),
                                   QStringLiteral("not held"), QStringLiteral("held by provider"), QString()};
    for (FigureField f : kAllFigureFields)
        QCOMPARE(column(drive, fieldKey(f).toUtf8().constData()), driveFigures.at(int(f)));
    w.document()->undoStack()->setClean();
}

QTEST_MAIN(TestDataEntry)
#include "tst_dataentry.moc"
