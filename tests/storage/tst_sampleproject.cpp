// The embedded sample project against the letters: every figure with its status, every
// caveat, funder and budget to the penny, every quote found word for word in its letter.
#include "domain/areas.h"
#include "interchange/tidycsv.h"
#include "letters/quotelocation.h"
#include "storage/projectjson.h"

#include <QFile>
#include <QtTest>

using namespace dapp;

namespace {
const ProjectData &sample()
{
    static const ProjectData p = sampleProject();
    return p;
}

const Letter &letterByRef(const QString &ref)
{
    for (const Letter &l : sample().letters)
        if (l.foiReference == ref)
            return l;
    qFatal("no letter %s", qPrintable(ref));
}

QList<ProgrammeReturn> returnsOf(const QString &ref)
{
    QList<ProgrammeReturn> list;
    for (Id id : sample().returnIdsOfLetter(letterByRef(ref).id))
        list << sample().returns.value(id);
    return list;
}

QString nameOf(const ProgrammeReturn &r) { return sample().programmes.value(r.programmeId).name; }

// Checks the seven figures: a number, or -1 for "not a number" with the given status.
void checkFigures(const ProgrammeReturn &r, std::array<qint64, 7> values, FigureStatus missing = FigureStatus::NotProvided)
{
    for (FigureField f : kAllFigureFields) {
        const Figure &fig = r.figure(f);
        const qint64 expected = values[size_t(f)];
        if (expected < 0) {
            QVERIFY2(!fig.isReported(), qPrintable(nameOf(r) + fieldKey(f)));
            if (missing != FigureStatus::NotProvided)
                QCOMPARE(fig.status, missing);
        } else {
            QVERIFY2(fig.isReported(), qPrintable(nameOf(r) + QLatin1Char(' ') + fieldKey(f)));
            QCOMPARE(fig.value, expected);
        }
    }
}
} // namespace

class TestSampleProject : public QObject
{
    Q_OBJECT
private slots:
    void everyLetterIsThere();
    void everyQuoteIsInItsLetter();
    void repeatedQuotesPointUnderTheirQuestion();
    void derbyshireTable();
    void avonAndSomerset();
    void leicestershire();
    void unnamedLetterIsUnderUnknown();
    void panelReportContextFigures();
    void exportMatchesTheReadableCsv();
    void jsonFaultsNameTheirPlace_data();
    void jsonFaultsNameTheirPlace();
};

void TestSampleProject::everyLetterIsThere()
{
    QCOMPARE(sample().letters.size(), 5);
    QCOMPARE(sample().returns.size(), 8);
    QCOMPARE(Areas::all().size(), 44);
    for (const Letter &l : sample().letters) {
        QVERIFY(!l.text.isEmpty());
        QCOMPARE(l.financialYear.size(), 7);
    }
}

void TestSampleProject::everyQuoteIsInItsLetter()
{
    int quotes = 0;
    for (const ProgrammeReturn &r : sample().returns) {
        const QString text = sample().letters.value(r.letterId).text;
        for (FigureField f : kAllFigureFields) {
            const Figure &fig = r.figure(f);
            if (fig.status != FigureStatus::NotProvided)
                QVERIFY2(!fig.quote().isEmpty(), qPrintable(nameOf(r) + QLatin1Char(' ') + fieldKey(f)));
            QVERIFY2(text.contains(fig.quote()), qPrintable(nameOf(r) + QLatin1Char(' ') + fieldKey(f) + fig.quote()));
            quotes += fig.quote().isEmpty() ? 0 : 1;
        }
        QVERIFY2(text.contains(r.referrersQuote), qPrintable(r.referrersQuote));
        QVERIFY2(text.contains(r.fundersQuote), qPrintable(r.fundersQuote));
    }
    for (const ContextFigure &c : sample().contextFigures) {
        QVERIFY(!c.figure.quote().isEmpty());
        QVERIFY2(sample().letters.value(c.letterId).text.contains(c.figure.quote()), qPrintable(c.figure.quote()));
    }
    QVERIFY(quotes >= 40);
}

void TestSampleProject::repeatedQuotesPointUnderTheirQuestion()
{
    // Avon's "held by the service provider" answers Q5 and Q7; Leicestershire's "Please see
    // response for question 2" answers Q3 and Q4. Each must lead to its own answer.
    int repeated = 0;
    for (const ProgrammeReturn &r : sample().returns) {
        const QString text = sample().letters.value(r.letterId).text;
        for (FigureField f : kAllFigureFields) {
            const QString &quote = r.figure(f).quote();
            if (quote.isEmpty() || text.count(quote) < 2)
                continue;
            ++repeated;
            const TextRange range = locateQuote(text, quote, questionNumber(f));
            QVERIFY(range.isValid());
            QVERIFY2(questionHeadingBefore(text, range.start) == questionNumber(f),
                     qPrintable(nameOf(r) + QLatin1Char(' ') + fieldKey(f)));
        }
    }
    QVERIFY(repeated >= 5);
}

void TestSampleProject::derbyshireTable()
{
    const Letter &l = letterByRef(QStringLiteral("FOI 27/2023"));
    QCOMPARE(l.areaCode, Areas::byName(QStringLiteral("Derbyshire"))->code);
    QCOMPARE(l.cohort, Cohort::Male);
    QCOMPARE(l.requestReceived, QDate(2023, 7, 25));
    const auto returns = returnsOf(QStringLiteral("FOI 27/2023"));
    QCOMPARE(returns.size(), 4);
    QCOMPARE(sample().programmes.value(returns[0].programmeId).provider, QStringLiteral("The Elm Foundation"));
    checkFigures(returns[0], {15, 9, 4, 54, 42, 26, 26424470});
    QCOMPARE(sample().programmes.value(returns[1].programmeId).provider, QStringLiteral("Glow"));
    checkFigures(returns[1], {1, 1, 0, 23, 23, 3, 15481022});
    QCOMPARE(nameOf(returns[2]), QStringLiteral("Drive"));
    checkFigures(returns[2], {0, 0, 0, 101, 77, 77, 29964392});
    QCOMPARE(sample().programmes.value(returns[3].programmeId).provider, QStringLiteral("Salcare"));
    checkFigures(returns[3], {23, 21, 19, 50, 22, 20, 4416100});
    QCOMPARE(returns[2].funders.size(), 5);
}

void TestSampleProject::avonAndSomerset()
{
    const Letter &l = letterByRef(QStringLiteral("FOI753"));
    QCOMPARE(l.areaCode, QStringLiteral("E23000036"));
    QCOMPARE(l.cohort, Cohort::Female);
    QCOMPARE(l.responseDate, QDate(2024, 6, 19));
    const auto returns = returnsOf(QStringLiteral("FOI753"));
    QCOMPARE(returns.size(), 1);
    const ProgrammeReturn &r = returns[0];
    for (FigureField f : {FigureField::SelfReferred, FigureField::SelfAccepted, FigureField::SelfCompleted})
        QCOMPARE(r.figure(f).status, FigureStatus::NotApplicable);
    QCOMPARE(r.figure(FigureField::AgencyReferred), Figure::reported(3, r.figure(FigureField::AgencyReferred).quote(),
                                                                     r.figure(FigureField::AgencyReferred).note()));
    QCOMPARE(r.figure(FigureField::AgencyAccepted).value, 3);
    QCOMPARE(r.figure(FigureField::AgencyCompleted).status, FigureStatus::HeldByProvider);
    QCOMPARE(r.figure(FigureField::Budget).value, 30990030);
    QCOMPARE(r.funders.size(), 3);
    QCOMPARE(r.funders[0].sharePercent, std::optional<double>(28));
    QCOMPARE(r.funders[1].sharePercent, std::optional<double>(32));
    QCOMPARE(r.funders[2].sharePercent, std::optional<double>(40));
    bool southGlos = false;
    for (const Caveat &c : r.caveats)
        southGlos |= c.text.contains(QStringLiteral("South Gloucestershire"));
    QVERIFY(southGlos);
    // Drive's budget is for men and women: a cost per female completion must say so.
    QVERIFY(r.caveatsFor(FigureField::Budget).join(QLatin1Char(' ')).contains(QStringLiteral("not for the female cohort")));
}

void TestSampleProject::leicestershire()
{
    const auto returns = returnsOf(QStringLiteral("FOI 0013/24"));
    QCOMPARE(returns.size(), 2);
    // The male programme the letter names in answer to Q1 does not accept women: n/a, not 0.
    const ProgrammeReturn &jenkins = returns[1];
    QCOMPARE(sample().programmes.value(jenkins.programmeId).provider, QStringLiteral("FreeVa"));
    for (FigureField f : kAllFigureFields) {
        if (f == FigureField::Budget)
            QCOMPARE(jenkins.figure(f).status, FigureStatus::NotProvided);
        else
            QCOMPARE(jenkins.figure(f).status, FigureStatus::NotApplicable);
    }
    const ProgrammeReturn &r = returns[0];
    QCOMPARE(r.figure(FigureField::SelfReferred).status, FigureStatus::NotHeld);
    QCOMPARE(r.figure(FigureField::AgencyReferred).value, 138);
    QCOMPARE(r.figure(FigureField::AgencyAccepted).value, 94);
    QCOMPARE(r.figure(FigureField::AgencyCompleted).value, 91);
    for (FigureField f : {FigureField::AgencyReferred, FigureField::AgencyAccepted, FigureField::AgencyCompleted}) {
        const QStringList caveats = r.caveatsFor(f);
        QVERIFY2(caveats.join(QLatin1Char(' ')).contains(QStringLiteral("all crime types")), qPrintable(fieldKey(f)));
    }
    QVERIFY(!r.figure(FigureField::Budget).isReported());
    QVERIFY(!r.caveatsFor(FigureField::Budget).isEmpty());
}

void TestSampleProject::unnamedLetterIsUnderUnknown()
{
    const Letter &l = letterByRef(QStringLiteral("2023-24-023"));
    QCOMPARE(l.areaCode, kUnknownAreaCode);
    const auto returns = returnsOf(QStringLiteral("2023-24-023"));
    QCOMPARE(returns.size(), 1);
    const ProgrammeReturn &r = returns[0];
    QCOMPARE(r.figure(FigureField::SelfReferred).status, FigureStatus::Reported); // "The answer ... is zero"
    QCOMPARE(r.figure(FigureField::SelfReferred).value, 0);
    QCOMPARE(r.figure(FigureField::SelfAccepted).status, FigureStatus::NotApplicable);
    checkFigures(r, {0, -1, -1, 25, 23, 17, 9107500});
    QCOMPARE(r.funders.value(0).amountPence, std::optional<qint64>(9107500));
}

void TestSampleProject::panelReportContextFigures()
{
    QList<qint64> values;
    for (const ContextFigure &c : sample().contextFigures) {
        QCOMPARE(c.areaCode, QStringLiteral("E23000021"));
        QCOMPARE(sample().letters.value(c.letterId).kind, LetterKind::PanelReport);
        values << c.figure.value;
    }
    std::sort(values.begin(), values.end());
    QCOMPARE(values, (QList<qint64>{188, 189, 341, 37008300, 37185900}));
}

void TestSampleProject::exportMatchesTheReadableCsv()
{
    QFile file(QStringLiteral(DAPP_SOURCE_DIR "/resources/sample/sample-returns.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    const QByteArray actual = exportTidyCsv(sample());
    if (actual != expected) {
        QFile out(QStringLiteral("sample-returns.actual.csv"));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
    }
    QCOMPARE(actual, expected);
}

void TestSampleProject::jsonFaultsNameTheirPlace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"letters":[{"kind":"foi_response","area":"E23000018","cohort":"male","text_file":"t",)";
    QTest::newRow("not json") << QByteArray("{") << "Not valid JSON";
    QTest::newRow("unknown area") << QByteArray(R"({"letters":[{"kind":"foi_response","area":"Narnia"}]})")
                                  << "letters[0].area";
    QTest::newRow("bad cohort") << QByteArray(R"({"letters":[{"kind":"foi_response","area":"UNKNOWN","cohort":"x"}]})")
                                << "letters[0].cohort";
    QTest::newRow("missing figure")
        << head + R"("returns":[{"programme":{"name":"Drive"},"figures":{}}]}]})" << "letters[0].returns[0].figures.self_referred";
    QTest::newRow("fractional count")
        << head + R"("returns":[{"programme":{"name":"Drive"},"figures":{"self_referred":{"value":2.5}}}]}]})"
        << "letters[0].returns[0].figures.self_referred.value";
    QTest::newRow("bad status")
        << head + R"("returns":[{"programme":{"name":"Drive"},"figures":{"self_referred":{"status":"zero"}}}]}]})"
        << "letters[0].returns[0].figures.self_referred";
}

void TestSampleProject::jsonFaultsNameTheirPlace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    const auto result = readProjectJson(json, [](const QString &) { return std::optional<QString>(QStringLiteral("x")); },
                                        &error);
    QVERIFY(!result);
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
