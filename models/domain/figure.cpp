// Status words, money formatting and cell parsing for figures.
#include "domain/figure.h"

#include <QCoreApplication>

#include <array>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace dapp {

namespace {
struct StatusInfo
{
    FigureStatus status;
    const char *key;
    const char *word;
    const char *label;
};

constexpr StatusInfo kStatuses[] = {
    {FigureStatus::Reported, "reported", "", QT_TRANSLATE_NOOP("Figure", "reported")},
    {FigureStatus::NotApplicable, "not_applicable", "n/a", QT_TRANSLATE_NOOP("Figure", "not applicable")},
    {FigureStatus::NotHeld, "not_held", "not held", QT_TRANSLATE_NOOP("Figure", "not held")},
    {FigureStatus::HeldByProvider, "held_by_provider", "held by provider",
     QT_TRANSLATE_NOOP("Figure", "held by provider")},
    {FigureStatus::Withheld, "withheld", "withheld", QT_TRANSLATE_NOOP("Figure", "withheld")},
    {FigureStatus::NotProvided, "not_provided", "", QT_TRANSLATE_NOOP("Figure", "not provided")},
};

const StatusInfo &info(FigureStatus status)
{
    for (const auto &i : kStatuses)
        if (i.status == status)
            return i;
    return kStatuses[5];
}

// Synonyms accepted on input; keys are lower-case with runs of white space folded.
const QHash<QString, FigureStatus> &statusSynonyms()
{
    static const QHash<QString, FigureStatus> synonyms = {
        {QStringLiteral("n/a"), FigureStatus::NotApplicable},
        {QStringLiteral("na"), FigureStatus::NotApplicable},
        {QStringLiteral("n.a."), FigureStatus::NotApplicable},
        {QStringLiteral("not applicable"), FigureStatus::NotApplicable},
        {QStringLiteral("not held"), FigureStatus::NotHeld},
        {QStringLiteral("not known"), FigureStatus::NotHeld},
        {QStringLiteral("held by provider"), FigureStatus::HeldByProvider},
        {QStringLiteral("provider"), FigureStatus::HeldByProvider},
        {QStringLiteral("held by the provider"), FigureStatus::HeldByProvider},
        {QStringLiteral("withheld"), FigureStatus::Withheld},
        {QStringLiteral("exempt"), FigureStatus::Withheld},
        {QStringLiteral("not provided"), FigureStatus::NotProvided},
        {QStringLiteral("not answered"), FigureStatus::NotProvided},
    };
    return synonyms;
}
} // namespace

namespace {
const QString &noText()
{
    static const QString none;
    return none;
}
} // namespace

const QString &Figure::note() const { return m_texts ? m_texts->note : noText(); }
const QString &Figure::quote() const { return m_texts ? m_texts->quote : noText(); }
TextRange Figure::quoteRange() const { return m_texts ? m_texts->quoteRange : TextRange{}; }

Figure::Texts &Figure::texts()
{
    if (!m_texts)
        m_texts = new Texts;
    return *m_texts; // detached: another figure sharing them keeps its own
}

// A figure whose texts are all empty holds none, so that figures equal in what they say are
// equal in how they hold it too.
void Figure::dropEmptyTexts()
{
    if (m_texts && m_texts->note.isEmpty() && m_texts->quote.isEmpty() && m_texts->quoteRange == TextRange{})
        m_texts.reset();
}

void Figure::setNote(const QString &note)
{
    if (note.isEmpty() && !m_texts)
        return;
    texts().note = note;
    dropEmptyTexts();
}

void Figure::setQuote(const QString &quote)
{
    if (quote.isEmpty() && !m_texts)
        return;
    texts().quote = quote;
    dropEmptyTexts();
}

void Figure::setQuoteRange(TextRange range)
{
    if (range == TextRange{} && !m_texts)
        return;
    texts().quoteRange = range;
    dropEmptyTexts();
}

bool operator==(const Figure &a, const Figure &b)
{
    if (a.status != b.status || a.value != b.value)
        return false;
    if (a.m_texts == b.m_texts)
        return true; // the same texts, or none
    return a.note() == b.note() && a.quote() == b.quote() && a.quoteRange() == b.quoteRange();
}

Figure Figure::reported(qint64 value, const QString &quote, const QString &note)
{
    Figure figure;
    figure.status = FigureStatus::Reported;
    figure.value = value;
    figure.setQuote(quote);
    figure.setNote(note);
    return figure;
}

Figure Figure::withStatus(FigureStatus status, const QString &quote, const QString &note)
{
    Figure figure;
    figure.status = status;
    figure.setQuote(quote);
    figure.setNote(note);
    return figure;
}

std::optional<qint64> Figure::number() const
{
    if (status == FigureStatus::Reported)
        return value;
    return std::nullopt;
}

QString statusWord(FigureStatus status) { return QString::fromLatin1(info(status).word); }

QString statusLabel(FigureStatus status)
{
    return QCoreApplication::translate("Figure", info(status).label);
}

QString statusShortLabel(FigureStatus status)
{
    switch (status) {
    case FigureStatus::Reported: return {};
    case FigureStatus::NotApplicable: return QCoreApplication::translate("Figure", "n/a");
    case FigureStatus::NotHeld: return QCoreApplication::translate("Figure", "not held");
    case FigureStatus::HeldByProvider: return QCoreApplication::translate("Figure", "held by provider");
    case FigureStatus::Withheld: return QCoreApplication::translate("Figure", "withheld");
    case FigureStatus::NotProvided: return QCoreApplication::translate("Figure", "not provided");
    }
    return {};
}

QString statusChartWord(FigureStatus status)
{
    switch (status) {
    case FigureStatus::Reported: return {};
    case FigureStatus::NotApplicable: return QCoreApplication::translate("Figure", "n/a");
    case FigureStatus::NotHeld: return QCoreApplication::translate("Figure", "not held");
    case FigureStatus::HeldByProvider: return QCoreApplication::translate("Figure", "provider");
    case FigureStatus::Withheld: return QCoreApplication::translate("Figure", "withheld");
    case FigureStatus::NotProvided: return QCoreApplication::translate("Figure", "not provided");
    }
    return {};
}

QString statusKey(FigureStatus status)
{
    // Made once, then shared: writing an import of 100,000 returns asks for 700,000 of them.
    static const auto keys = [] {
        std::array<QString, std::size(kStatuses)> made;
        for (size_t i = 0; i < made.size(); ++i)
            made[i] = QString::fromLatin1(kStatuses[i].key);
        return made;
    }();
    return keys[size_t(&info(status) - kStatuses)];
}

std::optional<FigureStatus> statusFromKey(const QString &key)
{
    for (const auto &i : kStatuses)
        if (key == QLatin1String(i.key))
            return i.status;
    return std::nullopt;
}

qint64 largestFigureValue(FigureKind kind)
{
    constexpr qint64 trillion = Q_INT64_C(1000000000000);
    return kind == FigureKind::Money ? trillion * 100 + 99 : trillion;
}

bool isFigureValueInRange(qint64 value, FigureKind kind)
{
    return value >= 0 && value <= largestFigureValue(kind);
}

QString formatMoney(qint64 pence, bool withSymbol)
{
    const bool negative = pence < 0;
    // In unsigned arithmetic, so that the most negative qint64 has a magnitude too.
    const quint64 abs = negative ? 0 - quint64(pence) : quint64(pence);
    const quint64 pounds = abs / 100;
    const quint64 rest = abs % 100;
    // Grouping by hand keeps the output independent of the user's locale.
    QString digits = QString::number(pounds);
    if (withSymbol) {
        for (int i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, QLatin1Char(','));
    }
    QString text = (withSymbol ? QStringLiteral("£") : QString()) + digits;
    if (rest != 0 || !withSymbol)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString formatFigure(const Figure &figure, FigureKind kind, bool shortStatus)
{
    if (figure.status != FigureStatus::Reported)
        return shortStatus ? statusShortLabel(figure.status) : statusLabel(figure.status);
    return kind == FigureKind::Money ? formatMoney(figure.value) : QString::number(figure.value);
}

QString formatExportFigure(const Figure &figure, FigureKind kind)
{
    if (figure.status != FigureStatus::Reported)
        return statusWord(figure.status);
    return kind == FigureKind::Money ? formatMoney(figure.value, false) : QString::number(figure.value);
}

std::optional<Figure> parsePlainFigure(QStringView text, FigureKind kind)
{
    const auto isDigits = [](QStringView digits) {
        return std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    // The whole units, and for money a point with one or two digits of pence; at most 15 digits
    // of units, so that reading them cannot overflow. A count with a point is left to
    // parseFigure, which says why it is refused.
    const qsizetype point = kind == FigureKind::Money ? text.indexOf(u'.') : -1;
    const QStringView whole = point < 0 ? text : text.first(point);
    const QStringView fraction = point < 0 ? QStringView() : text.sliced(point + 1);
    if (whole.isEmpty() || whole.size() > 15 || !isDigits(whole))
        return std::nullopt;
    if (point >= 0 && (fraction.isEmpty() || fraction.size() > 2 || !isDigits(fraction)))
        return std::nullopt;
    // Digits only, checked above: summed here, where toLongLong() would copy them to bytes and
    // read them through the locale's number parser (half the time of this function).
    const auto value = [](QStringView digits) {
        qint64 v = 0;
        for (const QChar c : digits)
            v = v * 10 + (c.unicode() - u'0');
        return v;
    };
    const qint64 units = value(whole);
    if (units > largestFigureValue(FigureKind::Count))
        return std::nullopt; // "too large", as parseFigure says
    if (kind == FigureKind::Count)
        return Figure::reported(units);
    const qint64 pence = fraction.isEmpty() ? 0 : value(fraction) * (fraction.size() == 1 ? 10 : 1);
    return Figure::reported(units * 100 + pence);
}

FigureParse parseFigure(const QString &text, FigureKind kind, bool roundToPenny)
{
    QString folded = text.simplified().toLower();
    if (folded.isEmpty())
        return {Figure::withStatus(FigureStatus::NotProvided), {}};
    if (const auto it = statusSynonyms().constFind(folded); it != statusSynonyms().constEnd())
        return {Figure::withStatus(*it), {}};

    // Most cells are a plain number ("17"): read without the regular expression below, which
    // reads it the same way.
    if (const std::optional<Figure> plain = parsePlainFigure(folded, kind))
        return {*plain, {}};

    // "£264,244.70", "264244.70", "1,234", "17". Thousands separators must be in groups of 3.
    static const QRegularExpression number(
        QStringLiteral("^(£)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?$"));
    const auto match = number.match(folded);
    // An amount with more than two decimals, as a spreadsheet's formula leaves one: read from a
    // sheet, rounded to the penny (half up) and said; typed, refused. A count with decimals is
    // refused below.
    static const QRegularExpression finePence(QStringLiteral("^(£)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\.(\\d{3,})$"));
    if (const auto fine = kind == FigureKind::Money && !match.hasMatch() ? finePence.match(folded) : QRegularExpressionMatch();
        fine.hasMatch()) {
        const QString digits = fine.captured(3);
        // "5.000" is five pounds exactly: nothing to round, nothing to say.
        const bool exact = std::all_of(digits.cbegin() + 2, digits.cend(), [](QChar c) { return c == QLatin1Char('0'); });
        // Typed into the table or a review, the analyst says which penny.
        if (!exact && !roundToPenny)
            return {std::nullopt, QCoreApplication::translate("Figure", "“%1” has fractions of a penny; write the amount "
                                                                        "in pounds and pence")
                                      .arg(text.trimmed())};
        QString whole = fine.captured(2);
        whole.remove(QLatin1Char(','));
        bool ok = false;
        const qint64 units = whole.toLongLong(&ok);
        const qint64 pence = ok && units <= largestFigureValue(FigureKind::Count)
                                 ? units * 100 + digits.left(2).toLongLong() + (digits.at(2) >= QLatin1Char('5') ? 1 : 0)
                                 : -1;
        // Checked once rounded: "1000000000000.995" rounds past the largest amount.
        if (pence < 0 || pence > largestFigureValue(FigureKind::Money))
            return {std::nullopt, QCoreApplication::translate("Figure", "“%1” is too large").arg(text.trimmed())};
        return {Figure::reported(pence), {},
                exact ? QString()
                      : QCoreApplication::translate("Figure", "“%1” has fractions of a penny; read as %2")
                            .arg(text.trimmed(), formatMoney(pence))};
    }
    static const QRegularExpression negative(QStringLiteral("^[-−–]\\s*£?\\s*[\\d.,]+$"));
    if (!match.hasMatch() && negative.match(folded).hasMatch()) {
        return {std::nullopt, kind == FigureKind::Count
                                  ? QCoreApplication::translate("Figure", "“%1” is negative; a count of people "
                                                                         "cannot be below zero")
                                        .arg(text.trimmed())
                                  : QCoreApplication::translate("Figure", "“%1” is negative; a budget cannot be "
                                                                         "below zero")
                                        .arg(text.trimmed())};
    }
    if (!match.hasMatch()) {
        return {std::nullopt,
                QCoreApplication::translate("Figure",
                                            "“%1” is neither a number nor a status word "
                                            "(n/a, not held, held by provider, withheld, or empty)")
                    .arg(text.trimmed())};
    }
    QString whole = match.captured(2);
    whole.remove(QLatin1Char(','));
    const QString fraction = match.captured(3);
    if (kind == FigureKind::Count && (!fraction.isEmpty() || match.hasCaptured(1))) {
        return {std::nullopt,
                QCoreApplication::translate("Figure", "“%1” is not a whole number of people").arg(text.trimmed())};
    }
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok || units > largestFigureValue(FigureKind::Count)) {
        return {std::nullopt, QCoreApplication::translate("Figure", "“%1” is too large").arg(text.trimmed())};
    }
    if (kind == FigureKind::Count)
        return {Figure::reported(units), {}};
    qint64 pence = fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    return {Figure::reported(units * 100 + pence), {}};
}

} // namespace dapp
