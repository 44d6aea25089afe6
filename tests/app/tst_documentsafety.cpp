// Document safety as the window offers it: the recovery marker follows the undo stack, a
// crashed session's edits are offered and recovered, a project open elsewhere asks read-only or
// open anyway, and the backup preference reaches Save.
#include "documentcontroller.h"
#include "editing/edits.h"
#include "mainwindow.h"
#include "safety/preferencesdialog.h"
#include "safety/recoverydialog.h"
#include "storage/projectjson.h"
#include "storage/projectlock.h"
#include "storage/projectstore.h"
#include "storage/workingsession.h"
#include "pagedamage.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestDocumentSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void theMarkerFollowsTheUndoStack();
    void aCrashedSessionIsOfferedAndRecovered();
    void aProjectOpenElsewhereOpensReadOnly();
    void aProjectOpenElsewhereCanBeOpenedAnyway();
    void thePreferenceChoosesNumberedBackups();
    void aDamagedFileOffersToRecoverWhatCanBeRead();

private:
    // The one session folder of the window's project in the recovery area.
    static QJsonObject marker();
    static void addLetter(MainWindow &w, const QString &reference);
    // Clicks the button whose text is `text` in the next modal dialog.
    static void clickInNextDialog(const QString &text, QString *saidText = nullptr);
    QString savedSample(const QString &name);

    QTemporaryDir m_dir;
};

void TestDocumentSafety::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DAPP Analyst Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documentsafety"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestDocumentSafety::init() { QDir(defaultRecoveryArea()).removeRecursively(); }

QJsonObject TestDocumentSafety::marker()
{
    const QDir area(defaultRecoveryArea());
    const QStringList sessions = area.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (sessions.size() != 1)
        return {};
    QFile file(area.filePath(sessions.first()) + QStringLiteral("/session.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestDocumentSafety::addLetter(MainWindow &w, const QString &reference)
{
    Letter letter;
    letter.foiReference = reference;
    w.document()->undoStack()->push(addLetterCommand(w.document()->store(), letter).release());
}

void TestDocumentSafety::clickInNextDialog(const QString &text, QString *saidText)
{
    QTimer::singleShot(0, [text, saidText] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(dialog); box && saidText)
            *saidText = box->text();
        const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            if (QString(button->text()).remove(QLatin1Char('&')) == QString(text).remove(QLatin1Char('&'))) {
                button->click();
                return;
            }
        QTest::qFail(qPrintable(QStringLiteral("no button “%1” in the dialog").arg(text)), __FILE__, __LINE__);
        dialog->close();
    });
}

QString TestDocumentSafety::savedSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto store = test::sampleStore();
    QString error;
    if (!store->saveAs(path, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return path;
}

void TestDocumentSafety::theMarkerFollowsTheUndoStack()
{
    MainWindow w;
    w.document()->openSample();
    QCOMPARE(marker().value(QStringLiteral("name")).toString(), QStringLiteral("Sample project"));
    QCOMPARE(marker().value(QStringLiteral("unsaved")).toBool(), false);
    addLetter(w, QStringLiteral("FOI 1"));
    QCOMPARE(marker().value(QStringLiteral("unsaved")).toBool(), true);
    w.document()->undoStack()->undo();
    QCOMPARE(marker().value(QStringLiteral("unsaved")).toBool(), false);
    w.document()->undoStack()->redo();
    const QString path = m_dir.filePath(QStringLiteral("marked.dapp"));
    QVERIFY(w.document()->saveProjectAs(path));
    QCOMPARE(marker().value(QStringLiteral("unsaved")).toBool(), false);
    QCOMPARE(marker().value(QStringLiteral("document")).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(marker().value(QStringLiteral("name")).toString(), QStringLiteral("marked.dapp"));
}

void TestDocumentSafety::aCrashedSessionIsOfferedAndRecovered()
{
    const QString path = savedSample(QStringLiteral("crashed.dapp"));
    ProjectData edited;
    {
        // A window that edits and then "crashes": its session folder is copied before the
        // window closes normally, as a crash would have left it (minus the live lock).
        MainWindow crashing;
        QVERIFY(crashing.document()->openProject(path));
        addLetter(crashing, QStringLiteral("FOI never saved"));
        edited = crashing.document()->store()->data();
        const QDir area(defaultRecoveryArea());
        const QString folder = area.filePath(area.entryList(QDir::Dirs | QDir::NoDotAndDotDot).first());
        QVERIFY(area.mkpath(QStringLiteral("crashed")));
        for (const QString &name : {QStringLiteral("working.dapp"), QStringLiteral("session.json")})
            QVERIFY(QFile::copy(folder + QLatin1Char('/') + name, area.filePath(QStringLiteral("crashed/")) + name));
        crashing.document()->undoStack()->setClean();
    }
    MainWindow w;
    QVERIFY(w.document()->recoverAction()->isEnabled());
    w.document()->openSample();
    clickInNextDialog(QStringLiteral("&Recover"));
    w.document()->offerRecovery();
    QVERIFY(w.document()->store()->data() == edited);
    QVERIFY(w.document()->store()->filePath().isEmpty());
    QVERIFY2(w.windowTitle().contains(QStringLiteral("crashed (recovered)")), qPrintable(w.windowTitle()));
    QVERIFY(w.isWindowModified());
    QVERIFY(!w.document()->recoverAction()->isEnabled()); // nothing more to recover
    w.document()->undoStack()->setClean();
}

void TestDocumentSafety::aProjectOpenElsewhereOpensReadOnly()
{
    const QString path = savedSample(QStringLiteral("theirs.dapp"));
    {
        QFile lock(ProjectLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("DAPP Analyst project lock\nuser=Sam Jones (sam)\nhost=OFFICE-PC-2\npid=4242\nstart=0\n"
                   "since=2026-11-25T14:00:00Z\nsession=theirs\n");
    }
    MainWindow w;
    QString asked;
    clickInNextDialog(QStringLiteral("Open &Read-Only"), &asked);
    QVERIFY(w.document()->openProject(path));
    QVERIFY2(asked.contains(QStringLiteral("Sam Jones (sam) on OFFICE-PC-2, since")), qPrintable(asked));
    QVERIFY(w.document()->store()->isReadOnly());
    QVERIFY2(w.windowTitle().contains(QStringLiteral("theirs.dapp (read-only)")), qPrintable(w.windowTitle()));
    QCOMPARE(ProjectLock::holderOf(path)->host, QStringLiteral("OFFICE-PC-2")); // their lock stands
    // Cancel leaves the window as it was.
    MainWindow other;
    other.document()->openSample();
    clickInNextDialog(QStringLiteral("&Cancel"));
    QVERIFY(!other.document()->openProject(path));
    QVERIFY(other.document()->store()->filePath().isEmpty());
}

void TestDocumentSafety::aProjectOpenElsewhereCanBeOpenedAnyway()
{
    const QString path = savedSample(QStringLiteral("anyway.dapp"));
    MainWindow first;
    QVERIFY(first.document()->openProject(path));
    MainWindow second;
    clickInNextDialog(QStringLiteral("Open &Anyway"));
    QVERIFY(second.document()->openProject(path));
    QVERIFY(!second.document()->store()->isReadOnly());
    // The first window can no longer save over it, and says why.
    addLetter(first, QStringLiteral("FOI 2"));
    QString said;
    clickInNextDialog(QStringLiteral("&OK"), &said);
    QVERIFY(!first.document()->saveProjectAs(path));
    QVERIFY2(said.contains(QStringLiteral("opened it anyway")), qPrintable(said));
    QVERIFY(first.isWindowModified());
    first.document()->undoStack()->setClean();
}

void TestDocumentSafety::thePreferenceChoosesNumberedBackups()
{
    const QString path = savedSample(QStringLiteral("numbered.dapp"));
    MainWindow w;
    QVERIFY(w.document()->openProject(path));
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QList<QRadioButton *> radios = dialog->findChildren<QRadioButton *>();
        for (QRadioButton *radio : radios)
            if (radio->text().contains(QStringLiteral("numbered")))
                radio->click();
        dialog->accept();
    });
    w.document()->preferencesAction()->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("backup/kind")).toString(), QStringLiteral("numbered"));
    for (int i = 0; i < 2; ++i) {
        addLetter(w, QStringLiteral("FOI %1").arg(i));
        QVERIFY(w.document()->saveProjectAs(path));
    }
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".~1~")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".~2~")));
    QVERIFY(!QFileInfo::exists(path + QLatin1Char('~')));
    QSettings().clear();
}

void TestDocumentSafety::aDamagedFileOffersToRecoverWhatCanBeRead()
{
    const QString path = savedSample(QStringLiteral("damaged.dapp"));
    const QList<test::LeafPage> leaves = test::tableLeafPages(path, QStringLiteral("programme_return"));
    QVERIFY(!leaves.isEmpty());
    QVERIFY(test::flipBytesOfPage(path, leaves.first().page));
    const QByteArray damaged = test::fileHash(path);
    MainWindow w;
    w.document()->openSample();
    QString refused, report;
    // The refusal offers recovery; the report that follows says what was lost.
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        refused = box->text();
        clickInNextDialog(QStringLiteral("&OK"), &report);
        const QList<QPushButton *> buttons = box->findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            if (button->text().contains(QStringLiteral("Recover What Can Be Read")))
                button->click();
    });
    QVERIFY(w.document()->openProject(path));
    QVERIFY2(refused.contains(QStringLiteral("is damaged, so it was not opened")), qPrintable(refused));
    QVERIFY2(report.contains(QStringLiteral("could not be read")), qPrintable(report));
    // What could be read is open, untitled and unsaved; the letters survived, the returns of the
    // damaged page did not, and the damaged file is as it was.
    QVERIFY(w.document()->store()->filePath().isEmpty());
    QVERIFY2(w.windowTitle().contains(QStringLiteral("damaged (recovered)")), qPrintable(w.windowTitle()));
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->store()->data().letters.size(), sampleProject().letters.size());
    QVERIFY(w.document()->store()->data().returns.size() < sampleProject().returns.size());
    QCOMPARE(test::fileHash(path), damaged);
    w.document()->undoStack()->setClean();
}

QTEST_MAIN(TestDocumentSafety)
#include "tst_documentsafety.moc"
