// SheetRows: cells kept as places in one text read back as the texts they are, whatever way
// they were added, and rows of two halves of one text joined without copying.
#include "formats/csv.h"
#include "formats/sheetgrid.h"
#include "formats/sheetrows.h"

#include <QTest>

using namespace dapp;

class TestSheetRows : public QObject
{
    Q_OBJECT

private slots:
    void rowsWrittenOutReadBack();
    void placedAndOwnCellsReadTheirText();
    void aRowNeverEndedIsNotKept();
    void halvesOfOneTextShareIt();
    void rowsOfAnotherTextAreCopied();
    void blankRowsAndCellsPastTheEnd();
    void theApostropheOfAProtectedCellGoes();
    void rowsAppendedToNoneAreThemselves();
    void aScanStoppedInARowKeepsTheRowsBefore();
    void aSharedStringIsCopiedOnce();
    void aGridRefusesTooMuchText();
    void aGridOfEmptyCellsHoldsNoRow();
    void quotedFieldsReadAsTheirText();
};

void TestSheetRows::rowsWrittenOutReadBack()
{
    const QList<QStringList> written = {{QStringLiteral("a"), QString(), QStringLiteral("£5")}, {}, {QStringLiteral(" x ")}};
    const SheetRows rows(written);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.cellCount(0), 3);
    QCOMPARE(rows.cellCount(1), 0);
    QCOMPARE(rows.toList(), written);
    QCOMPARE(rows.at(2), QStringList{QStringLiteral(" x ")});
    QVERIFY(rows == SheetRows(written));
    QVERIFY(rows != SheetRows({{QStringLiteral("a"), QString(), QStringLiteral("£6")}, {}, {QStringLiteral(" x ")}}));
    QVERIFY(rows != SheetRows({{QStringLiteral("a"), QString()}, {}, {QStringLiteral(" x ")}}));
}

void TestSheetRows::placedAndOwnCellsReadTheirText()
{
    const QString text = QStringLiteral("Avon,12\nKent,\"3\"\"\"");
    SheetRows::Builder builder(text);
    builder.addPlaced(0, 4);
    builder.addPlaced(5, 2);
    builder.endRow();
    QCOMPARE(builder.rowCount(), 1);
    builder.addPlaced(8, 4);
    QCOMPARE(builder.cellsInRow(), 1);
    builder.addText(QStringLiteral("3\""));
    builder.endRow();
    const SheetRows rows = builder.take();
    QCOMPARE(rows.toList(), (QList<QStringList>{{QStringLiteral("Avon"), QStringLiteral("12")},
                                                {QStringLiteral("Kent"), QStringLiteral("3\"")}}));
    // The cell is the text's own characters, not a copy of them.
    QCOMPARE(rows.cell(0, 0).data(), text.constData());
    QCOMPARE(builder.rowCount(), 0); // taken: the builder starts again
}

void TestSheetRows::aRowNeverEndedIsNotKept()
{
    const QString text = QStringLiteral("a,b,c");
    SheetRows::Builder builder(text);
    builder.addPlaced(0, 1);
    builder.endRow();
    builder.addPlaced(2, 1);
    builder.addText(QStringLiteral("own"));
    SheetRows rows = builder.take();
    QCOMPARE(rows.toList(), QList<QStringList>{{QStringLiteral("a")}});
    // Rows added after it start where it would have: its cells are gone, not the next row's.
    rows.append(QStringList{QStringLiteral("next")});
    QCOMPARE(rows.toList(), (QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("next")}}));
}

void TestSheetRows::halvesOfOneTextShareIt()
{
    const QString text = QStringLiteral("a,\"b\"\"\"\nc,d\ne,\"f\"\"\"\n");
    const qsizetype cut = text.indexOf(QLatin1Char('\n'), 8) + 1;
    CsvScan first = scanCsv(text, QLatin1Char(','), {.to = cut});
    const CsvScan second = scanCsv(text, QLatin1Char(','), {.from = cut});
    QCOMPARE(first.rows.size(), 2);
    QCOMPARE(second.rows.size(), 1);
    first.rows.append(second.rows);
    QCOMPARE(first.rows.toList(), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b\"")},
                                                      {QStringLiteral("c"), QStringLiteral("d")},
                                                      {QStringLiteral("e"), QStringLiteral("f\"")}}));
    QCOMPARE(first.rows.cell(2, 0).data(), text.constData() + text.indexOf(QLatin1Char('e')));
    QVERIFY(first.rows == scanCsv(text, QLatin1Char(',')).rows);
}

void TestSheetRows::rowsOfAnotherTextAreCopied()
{
    SheetRows rows = scanCsv(QStringLiteral("a,b\n"), QLatin1Char(',')).rows;
    {
        // Made at run time, so that its characters are freed with it (a literal's never are).
        const QString other = QStringLiteral("x,\"y\"\"\"").repeated(1) + QString::number(7) + QLatin1Char('\n');
        rows.append(scanCsv(other, QLatin1Char(',')).rows);
    } // the other text is gone: its cells must have been copied
    QCOMPARE(rows.toList(), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                {QStringLiteral("x"), QStringLiteral("y\"7")}}));
    rows.removeLast();
    QCOMPARE(rows.toList(), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}}));
}

void TestSheetRows::blankRowsAndCellsPastTheEnd()
{
    const SheetRows rows({{QStringLiteral(" "), QString(), QStringLiteral("\t")}, {QString(), QStringLiteral(" 0 ")}, {}});
    QVERIFY(rows.isBlank(0));
    QVERIFY(!rows.isBlank(1));
    QVERIFY(rows.isBlank(2));
    QCOMPARE(rows.cell(1, 1), QStringLiteral(" 0 "));
    QVERIFY(rows.cell(1, 2).isEmpty());
    QVERIFY(rows.cell(1, -1).isEmpty());
    QVERIFY(rows.cell(3, 0).isEmpty());
    QVERIFY(SheetRows().isEmpty());
}

void TestSheetRows::theApostropheOfAProtectedCellGoes()
{
    SheetRows rows = scanCsv(QStringLiteral("'-3 double counted,x,\"'+\"\"Others\"\"\"\n"), QLatin1Char(',')).rows;
    rows.dropFirstCharacter(0, 0);
    rows.dropFirstCharacter(0, 2); // a cell of its own (its quotes taken out)
    QCOMPARE(rows.toList(), (QList<QStringList>{{QStringLiteral("-3 double counted"), QStringLiteral("x"),
                                                 QStringLiteral("+\"Others\"")}}));
}

void TestSheetRows::rowsAppendedToNoneAreThemselves()
{
    const QString text = QStringLiteral("a,\"b\"\"\"\n");
    SheetRows rows;
    rows.append(scanCsv(text, QLatin1Char(',')).rows);
    QCOMPARE(rows.toList(), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b\"")}}));
    QCOMPARE(rows.cell(0, 0).data(), text.constData()); // the text adopted, not copied
}

// A scan stopped in a row by the cell bound keeps the rows before it, and none of that row's
// cells, a quoted one of its own included.
void TestSheetRows::aScanStoppedInARowKeepsTheRowsBefore()
{
    const CsvScan scan = scanCsv(QStringLiteral("a,b\n\"c\"\"\",d\n"), QLatin1Char(','), {.maxCells = 3});
    QVERIFY(scan.stopped);
    QCOMPARE(scan.rows.toList(), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}}));
}

// A workbook's string shared by many cells is copied once; each cell reads it.
void TestSheetRows::aSharedStringIsCopiedOnce()
{
    const QString shared = QString(1000, QLatin1Char('x'));
    SheetGrid grid(1000);
    for (int row = 0; row < 100; ++row)
        QCOMPARE(grid.set(row, 1, shared), SheetGrid::Set::Done);
    QCOMPARE(grid.set(100, 0, QString::number(5)), SheetGrid::Set::Done);
    const SheetRows rows = grid.take();
    QCOMPARE(rows.size(), 101);
    QCOMPARE(rows.cell(99, 1), shared);
    QCOMPARE(rows.cell(100, 0), QStringLiteral("5"));
    QCOMPARE(rows.cell(0, 1).data(), rows.cell(99, 1).data());
    QVERIFY(rows.cell(0, 0).isEmpty());
}

// A sheet's cells hold at most kSheetMaxCharacters of text, each repeat counted: a cell repeated
// a million times over is refused, not held; a cell set again counts once.
void TestSheetRows::aGridRefusesTooMuchText()
{
    const QString megabyte(qsizetype(1) << 20, QLatin1Char('x'));
    SheetGrid grid(1'000'000);
    const qint64 fits = kSheetMaxCharacters / megabyte.size();
    for (qint64 row = 0; row < fits; ++row)
        QCOMPARE(grid.set(row, 0, megabyte), SheetGrid::Set::Done);
    QCOMPARE(grid.set(0, 0, megabyte), SheetGrid::Set::Done); // the same cell again
    QCOMPARE(grid.set(fits, 0, megabyte), SheetGrid::Set::TooMuchText);
    grid.clear(0, 0);
    QCOMPARE(grid.set(fits, 0, megabyte), SheetGrid::Set::Done);
}

// Rows of empty cells, however many, allocate no row.
void TestSheetRows::aGridOfEmptyCellsHoldsNoRow()
{
    SheetGrid grid(1);
    QCOMPARE(grid.set(kSheetMaxRows - 1, kSheetMaxColumns - 1, QString()), SheetGrid::Set::Done);
    QCOMPARE(grid.rowCount(), 0);
    QVERIFY(grid.take().isEmpty());
}

// Each way a field is written: its text, whether it is a run of the file or is made of pieces.
void TestSheetRows::quotedFieldsReadAsTheirText()
{
    const QString text = QStringLiteral("plain,\"quoted, with comma\",\"a \"\"b\"\" c\",\"\"\"\",\"x\"tail,\"\",\"\"\"\"\"\",\"one\ntwo\"\n");
    const CsvScan scan = scanCsv(text, QLatin1Char(','));
    QCOMPARE(scan.rows.toList(), (QList<QStringList>{{QStringLiteral("plain"), QStringLiteral("quoted, with comma"),
                                                      QStringLiteral("a \"b\" c"), QStringLiteral("\""),
                                                      QStringLiteral("xtail"), QString(), QStringLiteral("\"\""),
                                                      QStringLiteral("one\ntwo")}}));
    // A quoted field with nothing to take out is its place in the text.
    QCOMPARE(scan.rows.cell(0, 1).data(), text.constData() + text.indexOf(QLatin1String("quoted")));
}

QTEST_GUILESS_MAIN(TestSheetRows)
#include "tst_sheetrows.moc"
