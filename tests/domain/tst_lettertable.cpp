// Tables in letter text (Derbyshire's attachment as text), a programme's column in them, and
// the numbers a piece of letter text states.
#include "domain/lettertable.h"
#include "storage/projectjson.h"

#include <QtTest>

using namespace dapp;

namespace {
Letter derbyshire(const ProjectData &sample)
{
    for (const Letter &l : sample.letters)
        if (l.areaCode == QLatin1String("E23000018"))
            return l;
    return {};
}

Programme programmeNamed(const ProjectData &sample, const QString &name)
{
    for (const Programme &p : sample.programmes)
        if (p.name == name)
            return p;
    return {};
}
} // namespace

class TestLetterTable : public QObject
{
    Q_OBJECT
private slots:
    void findsDerbyshiresTable();
    void cellOffsetsPointIntoTheText();
    void programmeColumnByNameThenProvider();
    void plainTextHasNoTable();
    void numbers_data();
    void numbers();
};

void TestLetterTable::findsDerbyshiresTable()
{
    const QList<LetterTable> tables = findLetterTables(derbyshire(sampleProject()).text);
    QCOMPARE(tables.size(), 1);
    const LetterTable &t = tables.constFirst();
    QCOMPARE(t.columnCount(), 5); // the question, then four programmes
    QCOMPARE(t.rows.constFirst().at(1).text, QStringLiteral("The Elm Foundation"));
    QCOMPARE(t.rows.constFirst().at(4).text, QStringLiteral("Salcare"));
    QCOMPARE(t.rows.size(), 11); // providers, questions 1–8, evaluation/9, 10
}

void TestLetterTable::cellOffsetsPointIntoTheText()
{
    const QString text = derbyshire(sampleProject()).text;
    const LetterTable t = findLetterTables(text).constFirst();
    for (const auto &row : t.rows)
        for (const LetterTableCell &cell : row)
            QCOMPARE(text.mid(cell.start, cell.length).trimmed(), cell.text);
}

void TestLetterTable::programmeColumnByNameThenProvider()
{
    const ProjectData sample = sampleProject();
    const LetterTable t = findLetterTables(derbyshire(sample).text).constFirst();
    QCOMPARE(programmeColumn(t, programmeNamed(sample, QStringLiteral("Changes Program"))), 1);
    QCOMPARE(programmeColumn(t, programmeNamed(sample, QStringLiteral("The Keys Project"))), 2);
    // Glow runs two columns, so only the name tells them apart.
    Programme unnamed;
    unnamed.provider = QStringLiteral("Glow");
    QCOMPARE(programmeColumn(t, unnamed), -1);
    unnamed.provider = QStringLiteral("Salcare");
    QCOMPARE(programmeColumn(t, unnamed), 4);
}

void TestLetterTable::plainTextHasNoTable()
{
    QVERIFY(findLetterTables(QStringLiteral("Dear requester,\n\none\ttab on a single line\n\nYours")).isEmpty());
}

void TestLetterTable::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<qint64>>("numbers");
    QTest::newRow("a count in a sentence") << "3 females were referred into the programme" << int(FigureKind::Count)
                                           << QList<qint64>{3};
    QTest::newRow("zero in words") << "The answer to this question is zero." << int(FigureKind::Count)
                                   << QList<qint64>{0};
    QTest::newRow("money with pence") << "Total cost was £309,900.30" << int(FigureKind::Money)
                                      << QList<qint64>{30990030};
    QTest::newRow("money without pence") << "£44,161" << int(FigureKind::Money) << QList<qint64>{4416100};
    QTest::newRow("question numbers are not figures") << "10. See answer to question 9." << int(FigureKind::Money)
                                                      << QList<qint64>{};
    QTest::newRow("a count in words") << "Eleven females self-referred in 2022-23." << int(FigureKind::Count)
                                      << QList<qint64>{2022, 23, 11};
    QTest::newRow("a count in words alone") << "Nine." << int(FigureKind::Count) << QList<qint64>{9};
    QTest::newRow("twenty-five") << "Twenty-five males were referred" << int(FigureKind::Count) << QList<qint64>{25};
    QTest::newRow("words are not money") << "Nine." << int(FigureKind::Money) << QList<qint64>{};
    QTest::newRow("no number at all") << "This information will be held by the service provider."
                                      << int(FigureKind::Count) << QList<qint64>{};
}

void TestLetterTable::numbers()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QList<qint64>, numbers);
    QCOMPARE(numbersInText(text, FigureKind(kind)), numbers);
}

QTEST_GUILESS_MAIN(TestLetterTable)
#include "tst_lettertable.moc"
