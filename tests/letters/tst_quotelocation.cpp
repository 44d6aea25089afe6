// A quote that answers several questions is found under its own question's heading.
#include "letters/quotelocation.h"

#include <QtTest>

using namespace dapp;

class TestQuoteLocation : public QObject
{
    Q_OBJECT
private slots:
    void repeatedSentenceIsFoundUnderItsQuestion();
    void requestPartDoesNotCount();
    void questionTenIsNotQuestionOne();
    void firstOccurrenceWhenNoHeadingMatches();
    void missingQuoteIsInvalid();
};

namespace {
const QString kHeld = QStringLiteral("This information will be held by the service provider, Cranstoun.");
const QString kLetter = QStringLiteral("Your request:\n"
                                       "5. The total number referred by an agency\n"
                                       "7. The total number who have completed the programme\n"
                                       "Our response:\n"
                                       "5. The total number referred by an agency\n"
                                       "3 were referred. ")
                        + kHeld
                        + QStringLiteral("\n6. The total number accepted\n3 for 2022/23.\n"
                                         "7. The total number who have completed the programme\n")
                        + kHeld + QLatin1Char('\n');
} // namespace

void TestQuoteLocation::repeatedSentenceIsFoundUnderItsQuestion()
{
    const TextRange q5 = locateQuote(kLetter, kHeld, 5);
    const TextRange q7 = locateQuote(kLetter, kHeld, 7);
    QCOMPARE(q5.start, kLetter.indexOf(kHeld));
    QCOMPARE(q7.start, kLetter.lastIndexOf(kHeld));
    QCOMPARE(q7.length, kHeld.size());
    QCOMPARE(kLetter.mid(q7.start, q7.length), kHeld);
}

void TestQuoteLocation::requestPartDoesNotCount()
{
    // The heading "7." in the request comes before the first occurrence but is not the
    // nearest heading before it ("5." in the response is).
    QCOMPARE(questionHeadingBefore(kLetter, kLetter.indexOf(kHeld)), 5);
    QCOMPARE(questionHeadingBefore(kLetter, 0), 0);
}

void TestQuoteLocation::questionTenIsNotQuestionOne()
{
    const QString text = QStringLiteral("1. Name\nDrive\n10. Budget\nDrive\n");
    QCOMPARE(locateQuote(text, QStringLiteral("Drive"), 10).start, text.lastIndexOf(QStringLiteral("Drive")));
    QCOMPARE(locateQuote(text, QStringLiteral("Drive"), 1).start, text.indexOf(QStringLiteral("Drive")));
}

void TestQuoteLocation::firstOccurrenceWhenNoHeadingMatches()
{
    const QString text = QStringLiteral("Total 91.\nThe total number who completed\nTotal 91.\n");
    QCOMPARE(locateQuote(text, QStringLiteral("Total 91."), 7).start, 0);
}

void TestQuoteLocation::missingQuoteIsInvalid()
{
    QVERIFY(!locateQuote(kLetter, QStringLiteral("not in the letter"), 7).isValid());
    QVERIFY(!locateQuote(kLetter, QString(), 7).isValid());
}

QTEST_GUILESS_MAIN(TestQuoteLocation)
#include "tst_quotelocation.moc"
