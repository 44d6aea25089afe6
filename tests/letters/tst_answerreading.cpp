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
    void groupedHeadingsShareOneAnswer_data();
    void groupedHeadingsShareOneAnswer();
    void headingsAsLettersWriteThem_data();
    void headingsAsLettersWriteThem();
    void aLetterCutOffNeedsALook();
    void aQuestionAnsweredTwiceNeedsALook();
    void caveatsAsLettersSayThem_data();
    void caveatsAsLettersSayThem();
    void caveatsAnExtractionAttaches_data();
    void caveatsAnExtractionAttaches();
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
    // "All but two of those referred": the count is not two, and the reader does not say one.
    row("all but two", QStringLiteral("All but two of those referred were accepted."), false, "not_provided", 0, false);
    row("all but 2", QStringLiteral("All but 2 were accepted."), false, "not_provided", 0, false);
    row("fewer than five, in words", QStringLiteral("Fewer than five males self-referred."), false, "withheld", 0, false);
    row("approximately twenty", QStringLiteral("Approximately twenty males have completed."), false, "reported", 20, false);
    row("a contract over three years", QStringLiteral("The contract is worth £360,000 over three years."), true, "reported",
        36000000, false);
    row("a count of what did not happen", QStringLiteral("Of those accepted, 3 did not complete."), false, "reported", 3, false);
    row("nil beside a number", QStringLiteral("Nil. The 4 self-referrals received were all from women."), false, "reported",
        4, false);
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

void TestAnswerReading::groupedHeadingsShareOneAnswer_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QList<int>>("sharing"); // the questions whose answer is "Not held."
    const QString after = QStringLiteral("\nNot held.\nQuestion 8 – Police.");
    QTest::newRow("Questions 2, 3 and 4") << QStringLiteral("Questions 2, 3 and 4") + after << QList<int>{2, 3, 4};
    QTest::newRow("Q2-4") << QStringLiteral("Q2-4:") + after << QList<int>{2, 3, 4};
    QTest::newRow("Q2 – Q4") << QStringLiteral("Q2 – Q4") + after << QList<int>{2, 3, 4};
    QTest::newRow("Questions 5 to 7") << QStringLiteral("Questions 5 to 7.") + after << QList<int>{5, 6, 7};
    QTest::newRow("Q6/Q7") << QStringLiteral("Q6/Q7") + after << QList<int>{6, 7};
    QTest::newRow("Questions 2 – 4") << QStringLiteral("Questions 2 – 4:") + after << QList<int>{2, 3, 4};
    // Not grouped: a sentence about two questions, and a question answered with a number.
    QTest::newRow("a sentence naming two questions")
        << QStringLiteral("Q2 – Nil.\nQ2 and Q3 were also asked for males; see our other response.") + after
        << QList<int>{};
    QTest::newRow("question 7 answered 6") << QStringLiteral("Question 7 – 6") + after << QList<int>{};
}

void TestAnswerReading::groupedHeadingsShareOneAnswer()
{
    QFETCH(QString, letter);
    QFETCH(QList<int>, sharing);
    const QMap<int, AnswerSection> sections = findAnswerSections(letter);
    QList<int> got;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        if (it->text(letter).trimmed() == QLatin1String("Not held."))
            got << it.key();
    QCOMPARE(got, sharing);
    for (int q : sharing)
        QCOMPARE(sections.value(q).groupedWith, int(sharing.size()) - 1);
    QCOMPARE(sections.value(8).text(letter).trimmed(), QStringLiteral("Police."));
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
    QTest::newRow("restated, then answered on its line")
        << QStringLiteral("Question 5: The total number of males referred by an agency into the programme – 4\n"
                          "This includes 2 who later withdrew.\nQuestion 6: None.")
        << QStringLiteral("4\nThis includes 2 who later withdrew.");
    QTest::newRow("restated without its number, answered on its line")
        << QStringLiteral("The total number of males referred by an agency into the programme: 4\n\n6. None.")
        << QStringLiteral("4");
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
    QTest::newRow("Request 2:, then Response:")
        << QStringLiteral("Request 5: The total number of males referred by an agency.\nResponse: There were 4 males.\n"
                          "Request 6: None.")
        << QStringLiteral("There were 4 males.");
    QTest::newRow("Answer – on the heading's line")
        << QStringLiteral("Q5. Answer – There were 4 males.\nQ6. None.") << QStringLiteral("There were 4 males.");
    QTest::newRow("a title of the letter's own, the answer below")
        << QStringLiteral("Q5) Referred by an agency\nOne hundred and four\n\nQ6) Agency referrals accepted\n87")
        << QStringLiteral("One hundred and four");
    QTest::newRow("a word answer on the heading's line is no title")
        << QStringLiteral("Q5) Not held\nThe provider keeps these figures.\nQ6) None.")
        << QStringLiteral("Not held\nThe provider keeps these figures.");
    QTest::newRow("an answer wrapped onto the next line is no title")
        << QStringLiteral("Q5) Thirty men were referred by agencies after\nan assessment.\nQ6) None.")
        << QStringLiteral("Thirty men were referred by agencies after\nan assessment.");
    QTest::newRow("a Response: line after a number is part of the answer")
        << QStringLiteral("Q5) 14 males.\nResponse: 2 were later withdrawn.\nQ6) None.")
        << QStringLiteral("14 males.\nResponse: 2 were later withdrawn.");
    QTest::newRow("a title ending in a colon")
        << QStringLiteral("Q5) Referred by agencies:\n120\nQ6) None.") << QStringLiteral("120");
    QTest::newRow("a title with a year")
        << QStringLiteral("Q5) Agency referrals (2022/23)\n120\nQ6) None.") << QStringLiteral("120");
    QTest::newRow("a number in words on the heading's line is no title")
        << QStringLiteral("5. Fifteen\nOf these, 3 came through the website.\n6. None.")
        << QStringLiteral("Fifteen\nOf these, 3 came through the website.");
    QTest::newRow("a list answer before the next heading is no title")
        << QStringLiteral("Question 5 – Police, Probation\nQuestion 6 – None.") << QStringLiteral("Police, Probation");
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

void TestAnswerReading::caveatsAsLettersSayThem_data()
{
    // One row per way an answer qualifies its figure; the clause the caveat keeps, or none.
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("money");
    QTest::addColumn<QString>("caveat");
    QTest::newRow("all crime types")
        << QStringLiteral("Total number of referrals is 138, this covers all crime types, not just DA.") << false
        << QStringLiteral("covers all crime types, not just DA");
    QTest::newRow("still engaging, its own clause")
        << QStringLiteral("40 men completed; a further 9 were still engaging at year end.") << false
        << QStringLiteral("a further 9 were still engaging at year end");
    QTest::newRow("a part not held beside a number")
        << QStringLiteral("3 females were referred, however, we do not hold the information pertaining to which referral "
                          "route they were referred by.")
        << false << QStringLiteral("we do not hold the information pertaining to which referral route they were referred by");
    QTest::newRow("a breakdown not recorded")
        << QStringLiteral("12 in total, but the office does not record the details of who referred them.") << false
        << QStringLiteral("the office does not record the details of who referred them");
    QTest::newRow("not holding it at all is a status, not a caveat")
        << QStringLiteral("The OPCC does not hold this information as commissioned services are for females referred as "
                          "part of an OOCR.")
        << false << QString();
    QTest::newRow("budget covering other support")
        << QStringLiteral("The financial budget allocated to the provider includes females referred for other support "
                          "than purely DA Perpetrator support.")
        << true
        << QStringLiteral("The financial budget allocated to the provider includes females referred for other support than "
                          "purely DA Perpetrator support");
    QTest::newRow("budget covering more than the programme")
        << QStringLiteral("The budget of £120,000 covers more than the programme alone.") << true
        << QStringLiteral("The budget of £120,000 covers more than the programme alone");
    QTest::newRow("a plain budget has none") << QStringLiteral("The budget was £120,000.50 including running costs.") << true
                                             << QString();
    QTest::newRow("a plain count has none") << QStringLiteral("There were 17 males who have completed the programme.") << false
                                            << QString();
}

void TestAnswerReading::caveatsAsLettersSayThem()
{
    QFETCH(QString, answer);
    QFETCH(bool, money);
    QFETCH(QString, caveat);
    const QString letter = QStringLiteral("Our response:\n%1. %2\n").arg(money ? 10 : 5).arg(answer);
    const QMap<int, AnswerSection> sections = findAnswerSections(letter);
    QVERIFY(sections.contains(money ? 10 : 5));
    const QList<StatedCaveat> found =
        statedCaveats(letter, sections.value(money ? 10 : 5), money ? FigureField::Budget : FigureField::AgencyReferred);
    if (caveat.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().text, caveat);
    // The sentence it came from, for the review to show.
    QVERIFY(found.constFirst().sentence.text(letter).contains(caveat));
}

void TestAnswerReading::caveatsAnExtractionAttaches_data()
{
    // Whole letters: which figures a caveat is attached to, and what it says.
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    const QString head = QStringLiteral(
        "Our ref: FOI 1/24\nPlease provide the following information for your Domestic Abuse Perpetrator Programme for the "
        "2022/2023 Financial Year\nOur response:\n");
    QTest::newRow("a budget taken from the funders' answer")
        << head + QStringLiteral("1. The Drive programme.\n2. None.\n3. None.\n4. None.\n5. 12 males were referred.\n"
                                 "6. 10 males.\n7. 8 males.\n8. Police.\n9. The OPCC contributed £50,000.\n"
                                 "10. See answer to question 9.\n")
        << QStringLiteral("budget_gbp") << QStringLiteral("answer to question 9");
    QTest::newRow("a budget of a programme for men and women")
        << head + QStringLiteral("1. The Drive programme works with both male and female perpetrators.\n2. None.\n"
                                 "3. None.\n4. None.\n5. 3 females were referred.\n6. 3 females.\n7. 2 females.\n"
                                 "8. Police.\n9. The OPCC.\n10. The total cost was £90,000.\n")
        << QStringLiteral("budget_gbp") << QStringLiteral("not for the female cohort alone");
    QTest::newRow("a part not held beside a number")
        << head + QStringLiteral("1. The Drive programme.\n2. None.\n3. None.\n4. None.\n5. 12 males were referred, "
                                 "however, we do not hold the information about which agency referred them.\n"
                                 "6. 10 males.\n7. 8 males.\n8. Police.\n9. The OPCC.\n10. £50,000.\n")
        << QStringLiteral("agency_referred") << QStringLiteral("which agency referred them");
}

void TestAnswerReading::caveatsAnExtractionAttaches()
{
    QFETCH(QString, letter);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const LetterExtraction x = extractLetter(letter);
    QCOMPARE(x.returns.size(), 1);
    const std::optional<FigureField> f = fieldFromKey(field);
    QVERIFY(f);
    QStringList attached;
    for (const Caveat &c : x.returns.constFirst().values.caveats) {
        if (c.fields.contains(*f))
            attached << c.text;
        // No other figure is given the caveat.
        if (c.text.contains(says))
            QCOMPARE(c.fields, QList<FigureField>{*f});
    }
    QVERIFY2(attached.join(QLatin1Char('|')).contains(says), qPrintable(attached.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestAnswerReading)
#include "tst_answerreading.moc"
