// Each phrasing rule of an answer in isolation: one named row per way letters say a figure.
#include "letters/answerreading.h"
#include "letters/answersections.h"
#include "letters/letterextractor.h"
#include "storage/projectjson.h"

#include <QtTest>

using namespace dapp;

class TestAnswerReading : public QObject
{
    Q_OBJECT
private slots:
    void phrasing_data();
    void phrasing();
    void headingsAsLettersWriteThem_data();
    void headingsAsLettersWriteThem();
    void aLetterCutOffNeedsALook();
    void aQuestionAnsweredTwiceNeedsALook();
};

void TestAnswerReading::phrasing_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("money");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("certain");
    QTest::addColumn<int>("seeQuestion");
    const auto row = [](const char *name, const QString &answer, bool money, const char *status, qint64 value, bool certain,
                        int see = 0) {
        QTest::newRow(name) << answer << money << QString::fromLatin1(status) << value << certain << see;
    };
    row("number in a sentence", QStringLiteral("There have been 25 males referred to the programme."), false, "reported", 25, true);
    row("number in words", QStringLiteral("Twenty-five males were referred to the programme."), false, "reported", 25, true);
    row("number in words with hundred", QStringLiteral("One hundred and one males were referred."), false, "reported", 101, true);
    row("a real zero", QStringLiteral("The answer to this question is zero."), false, "reported", 0, true);
    row("none", QStringLiteral("None."), false, "reported", 0, true);
    row("nil", QStringLiteral("Nil"), false, "reported", 0, true);
    row("no one was", QStringLiteral("No males were referred in that year."), false, "reported", 0, true);
    row("not possible to self-refer", QStringLiteral("It is not possible to self-refer onto the Drive programme."), false,
        "not_applicable", 0, true);
    row("not applicable", QStringLiteral("Not applicable."), false, "not_applicable", 0, true);
    row("n/a", QStringLiteral("N/A"), false, "not_applicable", 0, true);
    row("not held", QStringLiteral("The OPCC does not hold this information."), false, "not_held", 0, true);
    row("no information held", QStringLiteral("No information is held on self-referrals."), false, "not_held", 0, true);
    row("held by the provider", QStringLiteral("This information will be held by the service provider, Cranstoun."), false,
        "held_by_provider", 0, true);
    row("contact the provider", QStringLiteral("You may wish to contact the provider for this."), false, "held_by_provider",
        0, true);
    row("withheld under section 43", QStringLiteral("This information is withheld under section 43 (commercial interests)."),
        false, "withheld", 0, true);
    row("exemption at section 40", QStringLiteral("We are applying the exemption at section 40(2) of the Act."), false,
        "withheld", 0, true);
    row("a year is not a count", QStringLiteral("3 for 2022/23 financial year."), false, "reported", 3, true);
    row("a count with its caveat", QStringLiteral("Total number of referrals is 138, this covers all crime types, not just DA."),
        false, "reported", 138, true);
    row("two numbers: the total", QStringLiteral("Total number completing is 91. 2 referrals were continuing to engage."), false,
        "reported", 91, false);
    row("two numbers: the people", QStringLiteral("There are only 2 referral routes. 3 females were referred into the programme."),
        false, "reported", 3, false);
    row("a number and not held", QStringLiteral("3 females were referred, however we do not hold the referral route."), false,
        "reported", 3, false);
    row("a duration is not a count", QStringLiteral("Change takes 3-5 years and at least 18 months."), false, "not_provided", 0, false);
    row("a percentage is not a count", QStringLiteral("About 40% of those referred."), false, "not_provided", 0, false);
    row("see another answer", QStringLiteral("Please see response for question 2"), false, "not_provided", 0, false, 2);
    row("not applicable and see", QStringLiteral("Not applicable – see answer to question 2."), false, "not_applicable", 0, true, 0);
    row("nothing recognised", QStringLiteral("The service is delivered in a person-centred way."), false, "not_provided", 0, false);
    // What a number's words qualify is never read as exact (each found by review).
    row("fewer than: a small number withheld", QStringLiteral("Fewer than 5 males self-referred."), false, "withheld", 0, false);
    row("less-than sign", QStringLiteral("<5"), false, "withheld", 0, false);
    row("approx. with its stop", QStringLiteral("approx. 30 males were accepted."), false, "reported", 30, false);
    row("over", QStringLiteral("Over 40 males were referred by agencies."), false, "reported", 40, false);
    row("a plus", QStringLiteral("30+ males completed."), false, "reported", 30, false);
    row("up to", QStringLiteral("Up to 50 males were referred."), false, "reported", 50, false);
    row("things, not people", QStringLiteral("The programme received referrals from 4 agencies."), false, "not_provided", 0,
        false);
    row("still engaging", QStringLiteral("9 males are still on the programme and have not yet completed."), false,
        "reported", 9, false);
    row("none held", QStringLiteral("None held."), false, "not_held", 0, true);
    row("no one", QStringLiteral("No one had been accepted by year end."), false, "not_provided", 0, false);
    row("two and three is no five", QStringLiteral("Between two and three males were referred."), false, "not_provided", 0,
        false);
    row("s40", QStringLiteral("This information is exempt under s40 FOIA."), false, "withheld", 0, true);
    row("a number too large", QStringLiteral("99999999999999999999999 males were referred and 4 were accepted."), false,
        "reported", 4, false);
    row("money in millions", QStringLiteral("The budget was £1.2m."), true, "reported", 120, false);
    row("money with pence", QStringLiteral("Total cost of the Drive programme for 22/23 was £309,900.30"), true, "reported",
        30990030, true);
    row("money without pence", QStringLiteral("The budget was £44,161."), true, "reported", 4416100, true);
    row("money: two amounts", QStringLiteral("£10,000 from the PCC and £5,000 from the council."), true, "reported", 1000000,
        false);
    row("money not given", QStringLiteral("The budget can be found on our website."), true, "not_provided", 0, false);
}

void TestAnswerReading::phrasing()
{
    QFETCH(QString, answer);
    QFETCH(bool, money);
    QFETCH(QString, status);
    QFETCH(qint64, value);
    QFETCH(bool, certain);
    QFETCH(int, seeQuestion);
    const QString letter = QStringLiteral("Our response:\n%1. %2\n").arg(money ? 10 : 5).arg(answer);
    const QMap<int, AnswerSection> sections = findAnswerSections(letter);
    QVERIFY(sections.contains(money ? 10 : 5));
    const FigureReading r = readFigureAnswer(letter, sections.value(money ? 10 : 5), money ? FigureKind::Money : FigureKind::Count);
    QCOMPARE(statusKey(r.figure.status), status);
    if (r.figure.isReported())
        QCOMPARE(r.figure.value, value);
    QVERIFY2(r.evidence.certain() == certain, qPrintable(r.evidence.why));
    QVERIFY(r.evidence.certain() || !r.evidence.why.isEmpty()); // a look is always asked for with why
    QCOMPARE(r.seeQuestion, seeQuestion);
    if (r.evidence.range.isValid())
        QCOMPARE(letter.mid(r.evidence.range.start, r.evidence.range.length), r.evidence.quote);
}

void TestAnswerReading::headingsAsLettersWriteThem_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("answer5");
    QTest::newRow("2.") << QStringLiteral("5. There were 4 males.\n6. None.") << QStringLiteral("There were 4 males.");
    QTest::newRow("2)") << QStringLiteral("5) There were 4 males.\n6) None.") << QStringLiteral("There were 4 males.");
    QTest::newRow("Q2") << QStringLiteral("Q5 There were 4 males.\nQ6 None.") << QStringLiteral("There were 4 males.");
    QTest::newRow("Question 2:") << QStringLiteral("Question 5: There were 4 males.\nQuestion 6: None.")
                                 << QStringLiteral("There were 4 males.");
    QTest::newRow("restated, then answered")
        << QStringLiteral("5. The total number of males referred by an agency (e.g., police, social service etc.) into the "
                          "programme\nThere were 4 males.\n6. None.")
        << QStringLiteral("There were 4 males.");
    QTest::newRow("restated without its number")
        << QStringLiteral("The total number of males referred by an agency into the programme\n\nThere were 4 males.\n\n"
                          "6. None.")
        << QStringLiteral("There were 4 males.");
    QTest::newRow("the request first, then the answers")
        << QStringLiteral("You asked:\n5. The total number of males referred by an agency into the programme\n"
                          "6. The total number of referred males who were accepted on to the programme\nOur answer:\n"
                          "5. There were 4 males.\n6. None.")
        << QStringLiteral("There were 4 males.");
    QTest::newRow("a bare number is no heading")
        << QStringLiteral("5. The total number of males referred by an agency into the programme\n4 for the year.\n6. None.")
        << QStringLiteral("4 for the year.");
    QTest::newRow("ends at the closing lines")
        << QStringLiteral("5. There were 4 males.\nIf you have any queries about this letter, please contact me.")
        << QStringLiteral("There were 4 males.");
}

void TestAnswerReading::headingsAsLettersWriteThem()
{
    QFETCH(QString, letter);
    QFETCH(QString, answer5);
    const QMap<int, AnswerSection> sections = findAnswerSections(letter);
    QVERIFY(sections.contains(5));
    QCOMPARE(sections.value(5).text(letter).toString().trimmed(), answer5);
}

void TestAnswerReading::aLetterCutOffNeedsALook()
{
    // A copy of a letter that stops inside the answer to question 6: that figure, and every one
    // after it, needs a look; none is guessed.
    const ProjectData sample = sampleProject();
    QString text;
    for (const Letter &l : sample.letters)
        if (l.foiReference == QLatin1String("2023-24-023"))
            text = l.text;
    QVERIFY(!text.isEmpty());
    text.truncate(text.indexOf(QLatin1String("6. There were 23")) + int(qstrlen("6. There were 2")));
    const LetterExtraction x = extractLetter(text);
    QCOMPARE(x.returns.size(), 1);
    const ProposedReturn &p = x.returns.constFirst();
    QVERIFY(p.figure(FigureField::AgencyReferred).certain());
    QCOMPARE(p.values.figure(FigureField::AgencyReferred).value, 25);
    for (FigureField f : {FigureField::AgencyAccepted, FigureField::AgencyCompleted, FigureField::Budget}) {
        QVERIFY2(!p.figure(f).certain(), qPrintable(fieldKey(f)));
        QVERIFY(!p.figure(f).why.isEmpty());
    }
    QCOMPARE(p.values.figure(FigureField::AgencyCompleted).status, FigureStatus::NotProvided);
    QVERIFY(p.values.funders.isEmpty());
}

void TestAnswerReading::aQuestionAnsweredTwiceNeedsALook()
{
    // One block for males, one for females: the last is not silently the answer.
    const QString letter = QStringLiteral("Males:\n5. 31 males were referred.\nFemales:\n5. 4 females were referred.\n");
    const QMap<int, AnswerSection> sections = findAnswerSections(letter);
    QVERIFY(sections.value(5).answeredAgain);
    const FigureReading r = readFigureAnswer(letter, sections.value(5), FigureKind::Count);
    QVERIFY(!r.evidence.certain());
    QVERIFY2(r.evidence.why.contains(QStringLiteral("more than once")), qPrintable(r.evidence.why));
}

QTEST_GUILESS_MAIN(TestAnswerReading)
#include "tst_answerreading.moc"
