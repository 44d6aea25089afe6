// A return's lists as stored from schema version 4, and its figures' notes, quotes and places
// from version 7: written as JSON and read back the same, whatever the text holds; anything else
// refused with its reason.
#include "storage/returnlists.h"

#include <QtTest>

using namespace dapp;

class TestReturnLists : public QObject
{
    Q_OBJECT
private slots:
    void listsComeBackAsTheyWere();
    void emptyListsAreBrackets();
    void textIsEscaped();
    void textThatIsNotAsWrittenIsRefused_data();
    void textThatIsNotAsWrittenIsRefused();
    void figureNotesComeBackAsTheyWere();
    void figuresWithoutNotesAreBraces();
    void halfASurrogatePairIsEscaped();
    void aPlaceNoProjectKeepsIsWrittenAsNone();
};

void TestReturnLists::listsComeBackAsTheyWere()
{
    const QStringList referrers = {QStringLiteral("Police"), QStringLiteral("MARAC; IDVA"), QString(),
                                   QStringLiteral("Children’s “social” care\\team\n2")};
    const QList<Funder> funders = {
        Funder{QStringLiteral("PCC"), std::nullopt, 40.0},
        Funder{QStringLiteral("Home Office"), qint64(9107500), std::nullopt},
        Funder{QStringLiteral("Both"), largestFigureValue(FigureKind::Money), 0.1},
        Funder{QStringLiteral("Third"), qint64(0), 100.0 / 3},
        Funder{QString(), std::nullopt, std::nullopt},
    };
    const QList<Caveat> caveats = {
        Caveat{QStringLiteral("covers all crime types"), {FigureField::SelfReferred, FigureField::Budget}},
        Caveat{QStringLiteral("whole return"), {}},
        Caveat{QStringLiteral("\t tabs\u0001and control"), {FigureField::AgencyCompleted}},
    };
    QString why;
    QCOMPARE(referrersFromJson(referrersToJson(referrers), &why), std::optional<QStringList>(referrers));
    const auto funderList = fundersFromJson(fundersToJson(funders), &why);
    QVERIFY2(funderList, qPrintable(why));
    QCOMPARE(*funderList, funders); // shares to the last bit, amounts to the penny
    QCOMPARE(caveatsFromJson(caveatsToJson(caveats), &why), std::optional<QList<Caveat>>(caveats));
    QCOMPARE(fundersToJson({funders.at(0)}), QStringLiteral("[{\"name\":\"PCC\",\"share_percent\":40}]"));
    QCOMPARE(caveatsToJson({caveats.at(0)}),
             QStringLiteral("[{\"text\":\"covers all crime types\",\"figures\":[\"self_referred\",\"budget_gbp\"]}]"));
}

void TestReturnLists::emptyListsAreBrackets()
{
    QCOMPARE(referrersToJson({}), QStringLiteral("[]"));
    QCOMPARE(fundersToJson({}), QStringLiteral("[]"));
    QCOMPARE(caveatsToJson({}), QStringLiteral("[]"));
    QString why;
    QCOMPARE(referrersFromJson(QStringLiteral("[]"), &why), std::optional<QStringList>(QStringList{}));
}

void TestReturnLists::textIsEscaped()
{
    QCOMPARE(referrersToJson({QStringLiteral("a\"b\\c\nd\u0002")}), QStringLiteral("[\"a\\\"b\\\\c\\nd\\u0002\"]"));
}

void TestReturnLists::textThatIsNotAsWrittenIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty text") << "referrers" << QString() << "it is not JSON";
    QTest::newRow("cut short") << "referrers" << "[\"Pol" << "it is not JSON";
    QTest::newRow("an object") << "referrers" << "{\"a\":1}" << "it is not a JSON list";
    QTest::newRow("a number for a name") << "referrers" << "[\"Police\",7]" << "entry 2 is not a name";
    QTest::newRow("spaces") << "referrers" << "[\"Police\", \"MARAC\"]" << "not written the way this version writes it";
    QTest::newRow("escaped otherwise") << "referrers" << "[\"\\u0050olice\"]" << "not written the way";
    QTest::newRow("funder without a name") << "funders" << "[{\"amount_pence\":1}]" << "entry 1 has no text as its “name”";
    QTest::newRow("negative amount") << "funders" << "[{\"name\":\"P\",\"amount_pence\":-1}]"
                                     << "entry 1 has an amount that is not a whole number of pence";
    QTest::newRow("fractional amount") << "funders" << "[{\"name\":\"P\",\"amount_pence\":1.5}]"
                                       << "not a whole number of pence";
    QTest::newRow("amount past the largest") << "funders" << "[{\"name\":\"P\",\"amount_pence\":1e300}]"
                                             << "not a whole number of pence";
    QTest::newRow("share past 100") << "funders" << "[{\"name\":\"P\",\"share_percent\":100.5}]"
                                    << "entry 1 has a share that is not from 0 to 100 %";
    QTest::newRow("share as text") << "funders" << "[{\"name\":\"P\",\"share_percent\":\"40\"}]"
                                   << "a share that is not from 0 to 100 %";
    QTest::newRow("share written 40.0") << "funders" << "[{\"name\":\"P\",\"share_percent\":40.0}]"
                                        << "not written the way";
    QTest::newRow("members in another order") << "funders" << "[{\"share_percent\":40,\"name\":\"P\"}]"
                                              << "not written the way";
    QTest::newRow("a member twice") << "funders" << "[{\"name\":\"P\",\"name\":\"Q\"}]" << "not written the way";
    QTest::newRow("a member no version writes") << "funders" << "[{\"name\":\"P\",\"colour\":1}]"
                                                << "entry 1 has “colour”, which a project does not hold";
    QTest::newRow("a funder that is text") << "funders" << "[\"P\"]" << "entry 1 is not a funder";
    QTest::newRow("caveat of no known figure") << "caveats" << "[{\"text\":\"x\",\"figures\":[\"budget\"]}]"
                                               << "entry 1 names the figure “budget”, which no return has";
    QTest::newRow("caveat without its figures") << "caveats" << "[{\"text\":\"x\"}]"
                                                << "entry 1 does not list the figures it qualifies";
    QTest::newRow("caveat without text") << "caveats" << "[{\"figures\":[]}]" << "entry 1 has no text as its “text”";

    QTest::newRow("notes: a list") << "notes" << "[]" << "it is not a JSON object of figures";
    QTest::newRow("notes: cut short") << "notes" << "{\"budget_gbp\":{\"note\":\"x\"}" << "it is not JSON";
    QTest::newRow("notes: no such figure") << "notes" << "{\"budget\":{\"note\":\"x\"}}"
                                           << "it names the figure “budget”, which no return has";
    QTest::newRow("notes: a figure's note as text") << "notes" << "{\"budget_gbp\":\"x\"}"
                                                    << "what it holds for budget_gbp is not an object";
    QTest::newRow("notes: a number for a note") << "notes" << "{\"budget_gbp\":{\"note\":7}}"
                                                << "budget_gbp has no text as its “note”";
    QTest::newRow("notes: a member no version writes") << "notes" << "{\"budget_gbp\":{\"colour\":\"red\"}}"
                                                       << "budget_gbp has “colour”, which a project does not hold";
    QTest::newRow("notes: half a place") << "notes" << "{\"self_referred\":{\"quote_start\":4}}"
                                         << "self_referred gives its quote's place by half";
    QTest::newRow("notes: a negative place") << "notes" << "{\"self_referred\":{\"quote_start\":-1,\"quote_length\":4}}"
                                             << "self_referred has a quote's place that is not two whole numbers from 0";
    QTest::newRow("notes: a place as text") << "notes" << "{\"self_referred\":{\"quote_start\":\"4\",\"quote_length\":4}}"
                                            << "not two whole numbers from 0";
    QTest::newRow("notes: a fractional place") << "notes" << "{\"self_referred\":{\"quote_start\":4.5,\"quote_length\":4}}"
                                               << "not two whole numbers from 0";
    QTest::newRow("notes: a figure with nothing") << "notes" << "{\"self_referred\":{}}" << "not written the way";
    QTest::newRow("notes: an empty note written") << "notes" << "{\"self_referred\":{\"note\":\"\"}}"
                                                  << "not written the way";
    QTest::newRow("notes: figures in another order")
        << "notes" << "{\"budget_gbp\":{\"note\":\"b\"},\"self_referred\":{\"note\":\"a\"}}" << "not written the way";
    QTest::newRow("notes: spaces") << "notes" << "{\"self_referred\": {\"note\":\"a\"}}" << "not written the way";
}

void TestReturnLists::textThatIsNotAsWrittenIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, json);
    QFETCH(QString, why);
    QString said;
    bool read = true;
    if (kind == QLatin1String("referrers"))
        read = referrersFromJson(json, &said).has_value();
    else if (kind == QLatin1String("funders"))
        read = fundersFromJson(json, &said).has_value();
    else if (kind == QLatin1String("caveats"))
        read = caveatsFromJson(json, &said).has_value();
    else
        read = figureNotesFromJson(json, &said).has_value();
    QVERIFY(!read);
    QVERIFY2(said.contains(why), qPrintable(said));
}

void TestReturnLists::figureNotesComeBackAsTheyWere()
{
    std::array<Figure, kAllFigureFields.size()> figures;
    Figure &selfReferred = figures[size_t(FigureField::SelfReferred)];
    selfReferred.setNote(QStringLiteral("see the answer to Q2"));
    Figure &agency = figures[size_t(FigureField::AgencyReferred)];
    agency.setQuote(QStringLiteral("“Referrals: 12”\n\tfrom \"police\" \\ MARAC £\u0001"));
    agency.setQuoteRange(TextRange{120, 37});
    Figure &budget = figures[size_t(FigureField::Budget)];
    budget.setQuoteRange(TextRange{0, 0}); // a place without a quote, and of no length, is still a place
    const QString json = figureNotesToJson(figures);
    QCOMPARE(json, QStringLiteral("{\"self_referred\":{\"note\":\"see the answer to Q2\"},"
                                  "\"agency_referred\":{\"quote\":\"“Referrals: 12”\\n\\tfrom \\\"police\\\" \\\\ MARAC £\\u0001\","
                                  "\"quote_start\":120,\"quote_length\":37},"
                                  "\"budget_gbp\":{\"quote_start\":0,\"quote_length\":0}}"));
    QString why;
    const std::optional<FigureNotes> notes = figureNotesFromJson(json, &why);
    QVERIFY2(notes, qPrintable(why));
    std::array<Figure, kAllFigureFields.size()> read;
    read[size_t(FigureField::SelfReferred)].status = FigureStatus::Withheld; // a status is not a note's to change
    applyFigureNotes(*notes, read);
    QCOMPARE(read[size_t(FigureField::SelfReferred)].status, FigureStatus::Withheld);
    read[size_t(FigureField::SelfReferred)].status = FigureStatus::NotProvided;
    QVERIFY(read == figures);
    QCOMPARE(figureNotesToJson(*notes), json);
}

void TestReturnLists::figuresWithoutNotesAreBraces()
{
    QCOMPARE(figureNotesToJson(std::array<Figure, kAllFigureFields.size()>{}), QStringLiteral("{}"));
    QString why;
    const std::optional<FigureNotes> notes = figureNotesFromJson(QStringLiteral("{}"), &why);
    QVERIFY(notes);
    QVERIFY(*notes == FigureNotes{});
}

// A quote cut in the middle of an emoji: the half left is written as an escape, all ASCII, which
// SQLite's conversion from UTF-16 cannot take the closing quote with, and is read back as it was.
void TestReturnLists::halfASurrogatePairIsEscaped()
{
    const QString cut = QStringLiteral("took part ") + QChar(0xD83D);
    const QString whole = QStringLiteral("took part \U0001F600");
    std::array<Figure, kAllFigureFields.size()> figures;
    figures[size_t(FigureField::SelfReferred)].setQuote(cut);
    figures[size_t(FigureField::SelfAccepted)].setQuote(whole);
    figures[size_t(FigureField::SelfCompleted)].setNote(QChar(0xDC00) + QStringLiteral("x")); // a low half first
    const QString json = figureNotesToJson(figures);
    QVERIFY2(json.contains(QStringLiteral("part \\ud83d\"")), qPrintable(json));
    QVERIFY2(json.contains(QStringLiteral("\\udc00x")), qPrintable(json));
    QVERIFY2(json.contains(whole), qPrintable(json)); // a whole pair stays as it is
    QString why;
    const std::optional<FigureNotes> notes = figureNotesFromJson(json, &why);
    QVERIFY2(notes, qPrintable(why));
    QCOMPARE(notes->at(size_t(FigureField::SelfReferred)).quote, cut);
    QCOMPARE(notes->at(size_t(FigureField::SelfAccepted)).quote, whole);
    QCOMPARE(notes->at(size_t(FigureField::SelfCompleted)).note, QChar(0xDC00) + QStringLiteral("x"));
    const std::optional<QStringList> referrers = referrersFromJson(referrersToJson({cut}), &why);
    QVERIFY2(referrers, qPrintable(why));
    QCOMPARE(*referrers, QStringList{cut});
}

// The writer writes only a place the reader takes back: any other (a negative length, a place
// past 10^15) is written as no place, never as text that would stop the project opening.
void TestReturnLists::aPlaceNoProjectKeepsIsWrittenAsNone()
{
    std::array<Figure, kAllFigureFields.size()> figures;
    figures[size_t(FigureField::SelfReferred)].setQuoteRange(TextRange{5, -1});
    figures[size_t(FigureField::Budget)].setQuoteRange(TextRange{kLargestQuotePlace + 1, 3});
    QCOMPARE(figureNotesToJson(figures), QStringLiteral("{}"));
    figures[size_t(FigureField::Budget)].setQuoteRange(TextRange{kLargestQuotePlace, kLargestQuotePlace});
    const QString json = figureNotesToJson(figures);
    QString why;
    const std::optional<FigureNotes> notes = figureNotesFromJson(json, &why);
    QVERIFY2(notes, qPrintable(why));
    QCOMPARE(notes->at(size_t(FigureField::Budget)).quoteRange, (TextRange{kLargestQuotePlace, kLargestQuotePlace}));
    QVERIFY(!isStorablePlace(0, -1));
    QVERIFY(!isStorablePlace(-1, 0));
    QVERIFY(isStorablePlace(0, 0));
}

QTEST_GUILESS_MAIN(TestReturnLists)
#include "tst_returnlists.moc"
