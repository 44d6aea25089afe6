// Near names: what an import suggests for a name written a little differently from one it knows,
// and what it never does (a different digit or word is another programme).
#include "interchange/nearnames.h"

#include <QRegularExpression>
#include <QtTest>

using namespace dapp;

class TestNearNames : public QObject
{
    Q_OBJECT
private slots:
    void alike_data();
    void alike();
    void theNameItselfIsNeverLikeAnother();
    void theFirstKnownIsTheOneSaid();
    void manyNamesAreFoundAsFew();
    void foldingIsTheRuleAsWritten_data();
    void foldingIsTheRuleAsWritten();
    void aNameAddedAfterItWasLookedForIsFoundByItsSlip();
};

void TestNearNames::alike_data()
{
    QTest::addColumn<QString>("known");
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("like");
    QTest::newRow("case and Ltd") << "Glow" << "GLOW Ltd" << true;
    QTest::newRow("punctuation and the") << "The Elm Foundation" << "Elm-Foundation" << true;
    QTest::newRow("a plural") << "The Keys Project" << "The Keys Projects" << true;
    QTest::newRow("programme and program") << "Changes Program" << "Changes Programme" << true;
    QTest::newRow("a slip in another word") << "Changes Program" << "Changed Program" << true;
    QTest::newRow("another digit") << "Phase 1 Programme" << "Phase 2 Programme" << false;
    QTest::newRow("another word, a letter apart") << "DAPP East" << "DAPP West" << false;
    QTest::newRow("another word, letters in front") << "Male Group" << "Female Group" << false;
    QTest::newRow("a word more") << "Drive" << "Drive Two" << false;
    QTest::newRow("two words differ") << "Changes Program" << "Changed Programme" << false;
    QTest::newRow("short words") << "Provider One" << "Provider On" << false;
    QTest::newRow("a start apart") << "Inspire" << "Aspire" << false;
    // Found by the fourth review.
    QTest::newRow("an apostrophe") << "Dena’s Group" << "Denas Group" << true;
    QTest::newRow("trust and charity are words") << "Safe Trust" << "Safe Charity" << false;
    QTest::newRow("nothing but a company's form") << "The Ltd" << "UK PLC" << false;
}

void TestNearNames::alike()
{
    QFETCH(QString, known);
    QFETCH(QString, written);
    QFETCH(bool, like);
    NearNames names;
    names.add(QStringLiteral("Something Else Entirely"));
    names.add(known);
    const std::optional<NearNames::Known> found = names.like(written);
    QCOMPARE(found.has_value(), like);
    if (like)
        QCOMPARE(found->name, known);
}

// Found by review: "Glow" was said to be like "GLOW Ltd" though "Glow" was known itself.
void TestNearNames::theNameItselfIsNeverLikeAnother()
{
    NearNames names;
    names.add(QStringLiteral("GLOW Ltd"));
    names.add(QStringLiteral("Glow"));
    QVERIFY(!names.like(QStringLiteral("Glow")));
    QCOMPARE(names.like(QStringLiteral("glow")).value().name, QStringLiteral("GLOW Ltd"));
}

void TestNearNames::theFirstKnownIsTheOneSaid()
{
    NearNames names;
    names.add(QStringLiteral("Changes Program"));
    names.add(QStringLiteral("Changes Programmes"), QStringLiteral("b.csv, row 3"));
    const std::optional<NearNames::Known> found = names.like(QStringLiteral("Changes Programme"));
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Changes Program"));
    QVERIFY(found->place.isEmpty()); // the project's
    names.add(QStringLiteral("Keys Project"), QStringLiteral("b.csv, row 4"));
    QCOMPARE(names.like(QStringLiteral("Keys Projects")).value().place, QStringLiteral("b.csv, row 4"));
}

// Twenty thousand names, each found by its slip and none by another's (found by review: each
// look-up went through every name, so an import of thousands took minutes). Nothing is timed.
void TestNearNames::manyNamesAreFoundAsFew()
{
    NearNames names;
    for (int i = 0; i < 20000; ++i)
        names.add(QStringLiteral("Programme %1 Group").arg(i));
    QCOMPARE(names.like(QStringLiteral("Programme 1234 Groups")).value().name, QStringLiteral("Programme 1234 Group"));
    QCOMPARE(names.like(QStringLiteral("Programmes 17 Group")).value().name, QStringLiteral("Programme 17 Group"));
    QVERIFY(!names.like(QStringLiteral("Programme 20000 Group")));
}

// The folding's rule as nearnames.h states it, written with a regular expression and string
// replacements: foldName() is written out in one pass, and must give the same for any name.
static QString foldedByTheRule(const QString &name)
{
    QString s = name.toLower();
    s.remove(QLatin1Char('\'')).remove(QChar(0x2019));
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
    s = QLatin1Char(' ') + s.simplified() + QLatin1Char(' ');
    for (const QString &word : {QStringLiteral(" ltd "), QStringLiteral(" limited "), QStringLiteral(" cic "),
                                QStringLiteral(" the "), QStringLiteral(" uk "), QStringLiteral(" plc ")})
        while (s.contains(word))
            s.replace(word, QStringLiteral(" "));
    return s.simplified();
}

void TestNearNames::foldingIsTheRuleAsWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("folded");
    QTest::newRow("company form") << "GLOW Ltd" << "glow";
    QTest::newRow("apostrophes join") << "Dena’s Group's" << "denas groups";
    QTest::newRow("punctuation parts") << "Elm-Foundation/North" << "elm foundation north";
    QTest::newRow("only forms") << "The UK Ltd PLC" << "";
    QTest::newRow("forms in a row") << "Safe Ltd Ltd Limited Trust" << "safe trust";
    QTest::newRow("a form inside a word") << "Theltd Uknorth" << "theltd uknorth";
    QTest::newRow("digits") << "Phase 2 (2023/24)" << "phase 2 2023 24";
    QTest::newRow("outside ASCII") << "Élan Öko-Hilfe" << "lan ko hilfe";
    QTest::newRow("a capital dotted I") << "İnspire" << "i nspire";
    QTest::newRow("the Kelvin sign") << "\u212Aeys" << "keys";
    QTest::newRow("beyond the BMP") << "Drive \U0001F600 Two" << "drive two";
    QTest::newRow("spaces and tabs") << "  \tDrive \n" << "drive";
    QTest::newRow("apostrophes alone") << "' ’ '" << "";
    QTest::newRow("empty") << "" << "";
}

void TestNearNames::foldingIsTheRuleAsWritten()
{
    QFETCH(QString, name);
    QFETCH(QString, folded);
    QCOMPARE(foldedByTheRule(name), folded); // the rule, as the test reads it
    QCOMPARE(foldName(name), folded);
}

// add() takes the folding like() made for the same name; one like() found by its folding made
// no slip keys, and the name is still found by a slip afterwards.
void TestNearNames::aNameAddedAfterItWasLookedForIsFoundByItsSlip()
{
    NearNames names;
    names.add(QStringLiteral("Changes Program"));
    QCOMPARE(names.like(QStringLiteral("CHANGES PROGRAM Ltd")).value().name, QStringLiteral("Changes Program"));
    names.add(QStringLiteral("CHANGES PROGRAM Ltd"));
    QVERIFY(!names.like(QStringLiteral("Keys Project")));
    names.add(QStringLiteral("Keys Project"));
    QCOMPARE(names.like(QStringLiteral("Keys Projects")).value().name, QStringLiteral("Keys Project"));
    QCOMPARE(names.like(QStringLiteral("changes programme")).value().name, QStringLiteral("Changes Program"));
    // A name added after another was looked for is folded as itself, not as that one.
    QVERIFY(!names.like(QStringLiteral("Drive Group")));
    names.add(QStringLiteral("Glow Trust"));
    QCOMPARE(names.like(QStringLiteral("Glow Trusts")).value().name, QStringLiteral("Glow Trust"));
    QVERIFY(!names.like(QStringLiteral("Drive Groups")));
}

QTEST_GUILESS_MAIN(TestNearNames)
#include "tst_nearnames.moc"
