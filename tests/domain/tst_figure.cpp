// Figures: parsing of cells typed or pasted, status words, money to the penny.
#include "domain/figure.h"
#include "domain/figurefield.h"

#include <QtTest>

using namespace dapp;

class TestFigure : public QObject
{
    Q_OBJECT
private slots:
    void textsAreTheFiguresOwn();
    void figuresEqualInWhatTheySayAreEqual();
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void fractionsOfAPennyAreRoundedAndSaid_data();
    void fractionsOfAPennyAreRoundedAndSaid();
    void plainFiguresReadAsParseFigureReadsThem_data();
    void plainFiguresReadAsParseFigureReadsThem();
    void negativeIsSaidToBeNegative_data();
    void negativeIsSaidToBeNegative();
    void shortLabelsSayWhatTheyMean();
    void statusKeysRoundTrip();
    void exportTextParsesBack_data();
    void exportTextParsesBack();
    void formatMoneyKeepsPence();
    void largestFigureIsWhatParsingAccepts();
    void fieldQuestions();
};

void TestFigure::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("value");

    const int count = int(FigureKind::Count), money = int(FigureKind::Money);
    QTest::newRow("plain count") << "17" << count << int(FigureStatus::Reported) << qint64(17);
    QTest::newRow("real zero is reported") << "0" << count << int(FigureStatus::Reported) << qint64(0);
    QTest::newRow("count with thousands separator") << "1,234" << count << int(FigureStatus::Reported) << qint64(1234);
    QTest::newRow("money with pound sign and pence") << "£264,244.70" << money << int(FigureStatus::Reported)
                                                      << qint64(26424470);
    QTest::newRow("money without separators") << "264244.70" << money << int(FigureStatus::Reported)
                                               << qint64(26424470);
    QTest::newRow("whole pounds") << "£44,161" << money << int(FigureStatus::Reported) << qint64(4416100);
    QTest::newRow("one decimal is tens of pence") << "12.5" << money << int(FigureStatus::Reported) << qint64(1250);
    QTest::newRow("n/a") << "n/a" << count << int(FigureStatus::NotApplicable) << qint64(0);
    QTest::newRow("not applicable, upper case") << "Not Applicable" << count << int(FigureStatus::NotApplicable)
                                                << qint64(0);
    QTest::newRow("not held") << "not held" << count << int(FigureStatus::NotHeld) << qint64(0);
    QTest::newRow("held by provider") << "held by provider" << count << int(FigureStatus::HeldByProvider) << qint64(0);
    QTest::newRow("provider synonym") << "Provider" << count << int(FigureStatus::HeldByProvider) << qint64(0);
    QTest::newRow("withheld") << "withheld" << money << int(FigureStatus::Withheld) << qint64(0);
    QTest::newRow("empty is not provided, not zero") << "" << count << int(FigureStatus::NotProvided) << qint64(0);
    QTest::newRow("blank is not provided") << "   " << count << int(FigureStatus::NotProvided) << qint64(0);
    QTest::newRow("surrounding spaces") << "  23 " << count << int(FigureStatus::Reported) << qint64(23);
    QTest::newRow("plain whole pounds") << "1500" << money << int(FigureStatus::Reported) << qint64(150000);
    QTest::newRow("the largest count") << "1000000000000" << count << int(FigureStatus::Reported)
                                       << qint64(1000000000000);
    QTest::newRow("leading zeros") << "007" << count << int(FigureStatus::Reported) << qint64(7);
}

void TestFigure::parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(qint64, value);
    const FigureParse result = parseFigure(text, FigureKind(kind));
    QVERIFY2(result.figure.has_value(), qPrintable(result.error));
    QCOMPARE(int(result.figure->status), status);
    QCOMPARE(result.figure->value, value);
    QCOMPARE(result.figure->number().has_value(), status == int(FigureStatus::Reported));
    QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
}

void TestFigure::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("words") << "about twenty" << int(FigureKind::Count);
    QTest::newRow("fraction of a person") << "2.5" << int(FigureKind::Count);
    QTest::newRow("pounds for a count") << "£12" << int(FigureKind::Count);
    QTest::newRow("bad grouping") << "12,34" << int(FigureKind::Money);
    QTest::newRow("negative") << "-3" << int(FigureKind::Count);
    QTest::newRow("formula") << "=1+2" << int(FigureKind::Count);
    QTest::newRow("past the largest count") << "1000000000001" << int(FigureKind::Count);
    QTest::newRow("sixteen digits") << "1234567890123456" << int(FigureKind::Money);
    // Found by review: rounding took an amount past the largest a project holds.
    QTest::newRow("rounded past the largest amount") << "1000000000000.995" << int(FigureKind::Money);
    QTest::newRow("fine pence of too many pounds") << "99999999999999.999" << int(FigureKind::Money);
}

void TestFigure::rejects()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const FigureParse result = parseFigure(text, FigureKind(kind));
    QVERIFY(!result.figure.has_value());
    QVERIFY2(result.error.contains(text.trimmed()), qPrintable(result.error));
}

void TestFigure::fractionsOfAPennyAreRoundedAndSaid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pence");
    QTest::addColumn<QString>("warning");
    // A currency cell holding a formula's result: Excel shows £88,081.57 (found by review: it
    // was refused as "neither a number nor a status word").
    QTest::newRow("a formula's result") << "88081.56666666667" << qint64(8808157)
                                        << "“88081.56666666667” has fractions of a penny; read as £88,081.57";
    QTest::newRow("half a penny rounds up") << "£1,234.565" << qint64(123457)
                                            << "“£1,234.565” has fractions of a penny; read as £1,234.57";
    QTest::newRow("three decimals down") << "1.234" << qint64(123) << "“1.234” has fractions of a penny; read as £1.23";
    QTest::newRow("zeros past the pence say nothing") << "5.000" << qint64(500) << "";
}

void TestFigure::fractionsOfAPennyAreRoundedAndSaid()
{
    QFETCH(QString, text);
    QFETCH(qint64, pence);
    QFETCH(QString, warning);
    const FigureParse money = parseFigure(text, FigureKind::Money, true);
    QVERIFY2(money.figure, qPrintable(money.error));
    // Typed, not read from a sheet: refused, so no penny is changed unseen.
    const FigureParse typed = parseFigure(text, FigureKind::Money);
    QCOMPARE(typed.figure.has_value(), warning.isEmpty());
    QCOMPARE(money.figure->value, pence);
    QCOMPARE(money.warning, warning);
    // A count with decimals is still refused: there is no fraction of a person.
    QVERIFY(!parseFigure(QString(text).remove(QStringLiteral("£")), FigureKind::Count).figure);
}

void TestFigure::plainFiguresReadAsParseFigureReadsThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("plain"); // whether parsePlainFigure reads it (else only parseFigure does)
    QTest::addColumn<qint64>("value"); // what it reads: a count, or pence
    const int count = int(FigureKind::Count), money = int(FigureKind::Money);
    QTest::newRow("count") << "17" << count << true << qint64(17);
    QTest::newRow("zero") << "0" << count << true << qint64(0);
    QTest::newRow("leading zeros") << "007" << count << true << qint64(7);
    QTest::newRow("the largest count") << "1000000000000" << count << true << qint64(1000000000000);
    QTest::newRow("past the largest count") << "1000000000001" << count << false << qint64(0);
    QTest::newRow("fifteen digits") << "999999999999999" << count << false << qint64(0);
    QTest::newRow("sixteen digits") << "0000000000000017" << count << false << qint64(0);
    QTest::newRow("a count with a point") << "17.5" << count << false << qint64(0);
    QTest::newRow("pounds") << "1500" << money << true << qint64(150000);
    QTest::newRow("pounds and pence") << "264244.70" << money << true << qint64(26424470);
    QTest::newRow("pence written once") << "12.5" << money << true << qint64(1250);
    QTest::newRow("a penny") << "12.01" << money << true << qint64(1201);
    QTest::newRow("zeros before pounds and pence") << "0017.50" << money << true << qint64(1750);
    QTest::newRow("the largest amount") << "1000000000000.99" << money << true << qint64(100000000000099);
    QTest::newRow("past the largest amount") << "1000000000001.00" << money << false << qint64(0);
    QTest::newRow("a point and no pence") << "17." << money << false << qint64(0);
    QTest::newRow("pence and no pounds") << ".5" << money << false << qint64(0);
    QTest::newRow("three decimals") << "17.505" << money << false << qint64(0);
    QTest::newRow("two points") << "1.2.3" << money << false << qint64(0);
    QTest::newRow("thousands") << "1,234" << count << false << qint64(0);
    QTest::newRow("pound sign") << "£17" << money << false << qint64(0);
    QTest::newRow("spaces") << " 17 " << count << false << qint64(0);
    QTest::newRow("exponent") << "1e3" << count << false << qint64(0);
    QTest::newRow("other digits") << "١٧" << count << false << qint64(0);
    QTest::newRow("negative") << "-17" << count << false << qint64(0);
    QTest::newRow("status word") << "n/a" << count << false << qint64(0);
    QTest::newRow("empty") << "" << count << false << qint64(0);
}

// The shortcut reads exactly the cells it says it reads, to the value they write, as parseFigure
// reads them.
void TestFigure::plainFiguresReadAsParseFigureReadsThem()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(bool, plain);
    QFETCH(qint64, value);
    const std::optional<Figure> shortcut = parsePlainFigure(text, FigureKind(kind));
    QCOMPARE(shortcut.has_value(), plain);
    if (shortcut) {
        QCOMPARE(*shortcut, Figure::reported(value));
        const FigureParse full = parseFigure(text, FigureKind(kind));
        QVERIFY2(full.figure.has_value(), qPrintable(full.error));
        QCOMPARE(*shortcut, *full.figure);
    }
}

void TestFigure::negativeIsSaidToBeNegative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative count") << "-5" << int(FigureKind::Count) << "negative; a count of people cannot be below zero";
    QTest::newRow("unicode minus") << "−12" << int(FigureKind::Count) << "negative; a count of people";
    QTest::newRow("negative budget") << "-£1,200.50" << int(FigureKind::Money) << "negative; a budget cannot be below zero";
}

void TestFigure::negativeIsSaidToBeNegative()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const FigureParse result = parseFigure(text, FigureKind(kind));
    QVERIFY(!result.figure);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QStringLiteral("neither a number")), qPrintable(result.error));
}

void TestFigure::shortLabelsSayWhatTheyMean()
{
    // Beside a Provider column, "provider" alone reads as a name; the README says "not provided".
    QCOMPARE(statusShortLabel(FigureStatus::HeldByProvider), QStringLiteral("held by provider"));
    QCOMPARE(statusShortLabel(FigureStatus::NotProvided), QStringLiteral("not provided"));
    QCOMPARE(formatFigure(Figure{}, FigureKind::Money, true), QStringLiteral("not provided"));
}

void TestFigure::statusKeysRoundTrip()
{
    for (FigureStatus s : {FigureStatus::Reported, FigureStatus::NotApplicable, FigureStatus::NotHeld,
                           FigureStatus::HeldByProvider, FigureStatus::Withheld, FigureStatus::NotProvided}) {
        QCOMPARE(statusFromKey(statusKey(s)), std::optional<FigureStatus>(s));
        QVERIFY(!statusLabel(s).isEmpty());
    }
    QCOMPARE(statusFromKey(QStringLiteral("zero")), std::nullopt);
}

void TestFigure::exportTextParsesBack_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("kind");
    QTest::newRow("count") << int(FigureStatus::Reported) << qint64(91) << int(FigureKind::Count);
    QTest::newRow("zero") << int(FigureStatus::Reported) << qint64(0) << int(FigureKind::Count);
    QTest::newRow("budget with pence") << int(FigureStatus::Reported) << qint64(30990030) << int(FigureKind::Money);
    QTest::newRow("budget, whole pounds") << int(FigureStatus::Reported) << qint64(4416100) << int(FigureKind::Money);
    QTest::newRow("n/a") << int(FigureStatus::NotApplicable) << qint64(0) << int(FigureKind::Count);
    QTest::newRow("not held") << int(FigureStatus::NotHeld) << qint64(0) << int(FigureKind::Count);
    QTest::newRow("held by provider") << int(FigureStatus::HeldByProvider) << qint64(0) << int(FigureKind::Count);
    QTest::newRow("withheld") << int(FigureStatus::Withheld) << qint64(0) << int(FigureKind::Money);
    QTest::newRow("not provided") << int(FigureStatus::NotProvided) << qint64(0) << int(FigureKind::Money);
}

void TestFigure::exportTextParsesBack()
{
    QFETCH(int, status);
    QFETCH(qint64, value);
    QFETCH(int, kind);
    Figure f;
    f.status = FigureStatus(status);
    f.value = value;
    const QString text = formatExportFigure(f, FigureKind(kind));
    const FigureParse back = parseFigure(text, FigureKind(kind));
    QVERIFY2(back.figure.has_value(), qPrintable(back.error));
    QCOMPARE(*back.figure, f);
    // The display form parses back too (what a user copies from the table).
    if (f.isReported()) {
        const FigureParse shown = parseFigure(formatFigure(f, FigureKind(kind)), FigureKind(kind));
        QVERIFY(shown.figure.has_value());
        QCOMPARE(*shown.figure, f);
    }
}

void TestFigure::formatMoneyKeepsPence()
{
    QCOMPARE(formatMoney(26424470), QStringLiteral("£264,244.70"));
    QCOMPARE(formatMoney(4416100), QStringLiteral("£44,161"));
    QCOMPARE(formatMoney(4416100, false), QStringLiteral("44161.00"));
    QCOMPARE(formatMoney(5, false), QStringLiteral("0.05"));
    QCOMPARE(formatFigure(Figure::withStatus(FigureStatus::NotHeld), FigureKind::Count), QStringLiteral("not held"));
    // The extremes of a qint64 (a hand-edited project file held one; found by fuzzing the opener).
    QCOMPARE(formatMoney(std::numeric_limits<qint64>::min()), QStringLiteral("-£92,233,720,368,547,758.08"));
    QCOMPARE(formatMoney(std::numeric_limits<qint64>::max(), false), QStringLiteral("92233720368547758.07"));
}

void TestFigure::largestFigureIsWhatParsingAccepts()
{
    const auto parsed = [](const QString &text, FigureKind kind) {
        return parseFigure(text, kind).figure.value_or(Figure::withStatus(FigureStatus::NotProvided));
    };
    QCOMPARE(parsed(QStringLiteral("1,000,000,000,000"), FigureKind::Count).value, largestFigureValue(FigureKind::Count));
    QVERIFY(!parseFigure(QStringLiteral("1,000,000,000,001"), FigureKind::Count).figure);
    QCOMPARE(parsed(QStringLiteral("£1,000,000,000,000.99"), FigureKind::Money).value, largestFigureValue(FigureKind::Money));
    QVERIFY(!parseFigure(QStringLiteral("£1,000,000,000,001"), FigureKind::Money).figure);
    for (FigureKind kind : {FigureKind::Count, FigureKind::Money}) {
        QVERIFY(isFigureValueInRange(0, kind));
        QVERIFY(isFigureValueInRange(largestFigureValue(kind), kind));
        QVERIFY(!isFigureValueInRange(largestFigureValue(kind) + 1, kind));
        QVERIFY(!isFigureValueInRange(-1, kind));
        QVERIFY(!isFigureValueInRange(std::numeric_limits<qint64>::min(), kind));
    }
}

void TestFigure::fieldQuestions()
{
    QCOMPARE(questionNumber(FigureField::SelfReferred), 2);
    QCOMPARE(questionNumber(FigureField::AgencyCompleted), 7);
    QCOMPARE(questionNumber(FigureField::Budget), 10);
    for (FigureField f : kAllFigureFields)
        QCOMPARE(fieldFromKey(fieldKey(f)), std::optional<FigureField>(f));
    QCOMPARE(figureKind(FigureField::Budget), FigureKind::Money);
}

// A copy's note, quote and place are its own once changed: the original keeps what it had.
void TestFigure::textsAreTheFiguresOwn()
{
    const Figure original = Figure::reported(12, QStringLiteral("Referrals: 12"), QStringLiteral("checked"));
    QCOMPARE(original.value, 12);
    QCOMPARE(original.quote(), QStringLiteral("Referrals: 12"));
    QCOMPARE(original.note(), QStringLiteral("checked"));
    QCOMPARE(original.quoteRange(), TextRange{});
    Figure copy = original;
    copy.setNote(QStringLiteral("see Q2"));
    copy.setQuoteRange(TextRange{40, 13});
    QCOMPARE(original.note(), QStringLiteral("checked"));
    QCOMPARE(original.quoteRange(), TextRange{});
    QCOMPARE(copy.note(), QStringLiteral("see Q2"));
    QCOMPARE(copy.quote(), QStringLiteral("Referrals: 12"));
    QCOMPARE(copy.quoteRange(), (TextRange{40, 13}));
    const Figure none;
    QVERIFY(none.note().isEmpty() && none.quote().isEmpty());
    QCOMPARE(none.quoteRange(), TextRange{});
}

// Equality is what the figure says: its status, number, note, quote and place, however held.
void TestFigure::figuresEqualInWhatTheySayAreEqual()
{
    Figure a = Figure::reported(5);
    const Figure b = Figure::reported(5);
    QCOMPARE(a, b);
    a.setNote(QStringLiteral("x"));
    QVERIFY(a != b);
    a.setNote(QString()); // emptied again: the same as never written
    QCOMPARE(a, b);
    a.setQuoteRange(TextRange{0, 0}); // a place of no length is still a place
    QVERIFY(a != b);
    a.setQuoteRange(TextRange{});
    QCOMPARE(a, b);
    Figure c = Figure::reported(5, QStringLiteral("five"));
    Figure d;
    d.status = FigureStatus::Reported;
    d.value = 5;
    d.setQuote(QStringLiteral("fi") + QStringLiteral("ve")); // the same words, held apart
    QCOMPARE(c, d);
    d.setQuote(QStringLiteral("six"));
    QVERIFY(c != d);
    QVERIFY(Figure::withStatus(FigureStatus::NotHeld, QStringLiteral("five")) != c);
}

QTEST_GUILESS_MAIN(TestFigure)
#include "tst_figure.moc"
