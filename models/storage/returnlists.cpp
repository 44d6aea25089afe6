// A return's lists as JSON arrays: written by hand (fast, and the exact text is ours), read
// with QJsonDocument and checked member by member.
#include "storage/returnlists.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ReturnLists)
};

// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, and half
// a surrogate pair too (a quote cut in the middle of an emoji): SQLite, converting UTF-16 it is
// given to UTF-8, takes the code unit after a lone surrogate with it, which could be the closing
// quote, and the saved project would no longer open. Runs of characters that need no escape,
// nearly all of them, are appended whole.
void appendString(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i; // a whole pair
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\' && !QChar::isSurrogate(c))
            continue;
        out += text.mid(runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default: out += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
        }
    }
    out += text.mid(runStart);
    out += QLatin1Char('"');
}

// Room for a list's JSON: its texts and what goes around each.
template <typename Items, typename Size>
QString reserved(const Items &items, Size sizeOf)
{
    qsizetype size = 2;
    for (const auto &item : items)
        size += sizeOf(item) + 48;
    QString out;
    out.reserve(size);
    return out;
}

// The JSON document `json` is, or nothing with `why` set.
std::optional<QJsonDocument> documentOf(const QString &json, QString *why)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = T::tr("it is not JSON: %1 at character %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

// The array `json` holds, or nothing with `why` set. The empty list, by far the most common,
// is "[]" and skips the parser.
std::optional<QJsonArray> arrayOf(const QString &json, QString *why)
{
    if (json == QLatin1String("[]"))
        return QJsonArray();
    const std::optional<QJsonDocument> doc = documentOf(json, why);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        *why = T::tr("it is not a JSON list");
        return std::nullopt;
    }
    return doc->array();
}

// Whether `json` is exactly the text this version writes for `items`. Other text that means the
// same (spaces, members in another order, a member twice, 40.0 for 40) is refused too: a
// project's lists are only ever written by this code, and a file must hold what its loaded
// records will be saved as, or the next save would change records nobody edited.
template <typename Items, typename ToJson>
std::optional<Items> ifAsWritten(Items items, const QString &json, ToJson toJson, QString *why)
{
    if (toJson(items) == json)
        return items;
    *why = T::tr("it is not written the way this version writes it");
    return std::nullopt;
}

// An object's members, none of them unknown: anything else was not written by this version.
bool hasOnlyMembers(const QJsonObject &object, std::initializer_list<QLatin1String> known, qsizetype entry,
                    QString *why)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
            *why = T::tr("entry %1 has “%2”, which a project does not hold").arg(entry + 1).arg(it.key().left(40));
            return false;
        }
    }
    return true;
}

// The seven figures' notes, quotes and places as one JSON object, `noteOf(i)` giving figure i's;
// a figure with none of them is left out, and "{}" is a return with none at all.
template <typename NoteOf>
QString notesToJson(NoteOf noteOf)
{
    QString out;
    for (size_t i = 0; i < kAllFigureFields.size(); ++i) {
        const auto [note, quote, range] = noteOf(i);
        if (note.isEmpty() && quote.isEmpty() && !isStorablePlace(range))
            continue;
        if (out.isEmpty())
            out.reserve(64 + note.size() + quote.size());
        out += out.isEmpty() ? QLatin1String("{") : QLatin1String(",");
        appendString(out, fieldKey(kAllFigureFields[i]));
        QLatin1String separator(":{");
        if (!note.isEmpty()) {
            out += separator + QLatin1String("\"note\":");
            appendString(out, note);
            separator = QLatin1String(",");
        }
        if (!quote.isEmpty()) {
            out += separator + QLatin1String("\"quote\":");
            appendString(out, quote);
            separator = QLatin1String(",");
        }
        if (isStorablePlace(range))
            out += separator + QLatin1String("\"quote_start\":") + QString::number(range.start)
                   + QLatin1String(",\"quote_length\":") + QString::number(range.length);
        out += QLatin1Char('}');
    }
    return out.isEmpty() ? QStringLiteral("{}") : out + QLatin1Char('}');
}

std::optional<QString> textMember(const QJsonObject &object, QLatin1String name, qsizetype entry, QString *why)
{
    const QJsonValue v = object.value(name);
    if (!v.isString()) {
        *why = T::tr("entry %1 has no text as its “%2”").arg(entry + 1).arg(name);
        return std::nullopt;
    }
    return v.toString();
}
} // namespace

QString referrersToJson(const QStringList &referrers)
{
    if (referrers.isEmpty())
        return QStringLiteral("[]");
    QString out = reserved(referrers, [](const QString &r) { return r.size(); });
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < referrers.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendString(out, referrers.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

QString fundersToJson(const QList<Funder> &funders)
{
    if (funders.isEmpty())
        return QStringLiteral("[]");
    QString out = reserved(funders, [](const Funder &f) { return f.name.size(); });
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < funders.size(); ++i) {
        const Funder &f = funders.at(i);
        out += i > 0 ? QLatin1String(",{\"name\":") : QLatin1String("{\"name\":");
        appendString(out, f.name);
        if (f.amountPence) {
            out += QLatin1String(",\"amount_pence\":");
            out += QString::number(*f.amountPence);
        }
        // The shortest digits that read back as exactly the same double.
        if (f.sharePercent)
            out += QLatin1String(",\"share_percent\":")
                   + QString::number(*f.sharePercent, 'g', QLocale::FloatingPointShortest);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

QString caveatsToJson(const QList<Caveat> &caveats)
{
    if (caveats.isEmpty())
        return QStringLiteral("[]");
    QString out = reserved(caveats, [](const Caveat &c) { return c.text.size() + 20 * c.fields.size(); });
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < caveats.size(); ++i) {
        const Caveat &c = caveats.at(i);
        out += i > 0 ? QLatin1String(",{\"text\":") : QLatin1String("{\"text\":");
        appendString(out, c.text);
        out += QLatin1String(",\"figures\":[");
        for (qsizetype f = 0; f < c.fields.size(); ++f) {
            if (f > 0)
                out += QLatin1Char(',');
            appendString(out, fieldKey(c.fields.at(f)));
        }
        out += QLatin1String("]}");
    }
    out += QLatin1Char(']');
    return out;
}

std::optional<QStringList> referrersFromJson(const QString &json, QString *why)
{
    const std::optional<QJsonArray> array = arrayOf(json, why);
    if (!array)
        return std::nullopt;
    QStringList referrers;
    referrers.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue v = array->at(i);
        if (!v.isString()) {
            *why = T::tr("entry %1 is not a name").arg(i + 1);
            return std::nullopt;
        }
        referrers << v.toString();
    }
    return ifAsWritten(std::move(referrers), json, referrersToJson, why);
}

std::optional<QList<Funder>> fundersFromJson(const QString &json, QString *why)
{
    const std::optional<QJsonArray> array = arrayOf(json, why);
    if (!array)
        return std::nullopt;
    QList<Funder> funders;
    funders.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonObject o = array->at(i).toObject();
        const QLatin1String amountKey("amount_pence");
        const QLatin1String shareKey("share_percent");
        if (!array->at(i).isObject()) {
            *why = T::tr("entry %1 is not a funder").arg(i + 1);
            return std::nullopt;
        }
        if (!hasOnlyMembers(o, {QLatin1String("name"), amountKey, shareKey}, i, why))
            return std::nullopt;
        Funder f;
        const std::optional<QString> name = textMember(o, QLatin1String("name"), i, why);
        if (!name)
            return std::nullopt;
        f.name = *name;
        if (o.contains(amountKey)) {
            // Amounts run to 10^14 pence, well inside the integers a double holds exactly.
            // Range first: casting a double past qint64 is undefined.
            const double amount = o.value(amountKey).toDouble(-1);
            if (!o.value(amountKey).isDouble() || !(amount >= 0 && amount <= double(largestFigureValue(FigureKind::Money)))
                || amount != std::floor(amount)) {
                *why = T::tr("entry %1 has an amount that is not a whole number of pence from 0 to %2")
                           .arg(i + 1)
                           .arg(largestFigureValue(FigureKind::Money));
                return std::nullopt;
            }
            f.amountPence = qint64(amount);
        }
        if (o.contains(shareKey)) {
            const double share = o.value(shareKey).toDouble(-1);
            if (!o.value(shareKey).isDouble() || !(share >= 0 && share <= 100)) {
                *why = T::tr("entry %1 has a share that is not from 0 to 100 %").arg(i + 1);
                return std::nullopt;
            }
            f.sharePercent = share;
        }
        funders << f;
    }
    return ifAsWritten(std::move(funders), json, fundersToJson, why);
}

std::optional<QList<Caveat>> caveatsFromJson(const QString &json, QString *why)
{
    const std::optional<QJsonArray> array = arrayOf(json, why);
    if (!array)
        return std::nullopt;
    QList<Caveat> caveats;
    caveats.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonObject o = array->at(i).toObject();
        if (!array->at(i).isObject()) {
            *why = T::tr("entry %1 is not a caveat").arg(i + 1);
            return std::nullopt;
        }
        if (!hasOnlyMembers(o, {QLatin1String("text"), QLatin1String("figures")}, i, why))
            return std::nullopt;
        Caveat c;
        const std::optional<QString> text = textMember(o, QLatin1String("text"), i, why);
        if (!text)
            return std::nullopt;
        c.text = *text;
        const QJsonValue figures = o.value(QLatin1String("figures"));
        if (!figures.isArray()) {
            *why = T::tr("entry %1 does not list the figures it qualifies").arg(i + 1);
            return std::nullopt;
        }
        for (const QJsonValue key : figures.toArray()) {
            const std::optional<FigureField> field = fieldFromKey(key.toString());
            if (!key.isString() || !field) {
                *why = T::tr("entry %1 names the figure “%2”, which no return has")
                           .arg(i + 1)
                           .arg(key.isString() ? key.toString().left(40) : T::tr("(not text)"));
                return std::nullopt;
            }
            c.fields << *field;
        }
        caveats << c;
    }
    return ifAsWritten(std::move(caveats), json, caveatsToJson, why);
}

bool isStorablePlace(qint64 start, qint64 length)
{
    return start >= 0 && length >= 0 && start <= kLargestQuotePlace && length <= kLargestQuotePlace;
}

bool isStorablePlace(const TextRange &range) { return isStorablePlace(range.start, range.length); }

QString figureNotesToJson(const std::array<Figure, kAllFigureFields.size()> &figures)
{
    return notesToJson([&figures](size_t i) {
        const Figure &f = figures[i];
        return std::tuple<const QString &, const QString &, TextRange>(f.note(), f.quote(), f.quoteRange());
    });
}

QString figureNotesToJson(const FigureNotes &notes)
{
    return notesToJson([&notes](size_t i) {
        const FigureNote &n = notes[i];
        return std::tie(n.note, n.quote, n.quoteRange);
    });
}

void applyFigureNotes(const FigureNotes &notes, std::array<Figure, kAllFigureFields.size()> &figures)
{
    for (size_t i = 0; i < notes.size(); ++i) {
        figures[i].setNote(notes[i].note);
        figures[i].setQuote(notes[i].quote);
        figures[i].setQuoteRange(notes[i].quoteRange);
    }
}

std::optional<FigureNotes> figureNotesFromJson(const QString &json, QString *why)
{
    FigureNotes notes;
    // Most returns have no note, quote or place: "{}" skips the parser.
    if (json == QLatin1String("{}"))
        return notes;
    const std::optional<QJsonDocument> doc = documentOf(json, why);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *why = T::tr("it is not a JSON object of figures");
        return std::nullopt;
    }
    const QJsonObject figures = doc->object();
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        const std::optional<FigureField> field = fieldFromKey(it.key());
        if (!field) {
            *why = T::tr("it names the figure “%1”, which no return has").arg(it.key().left(40));
            return std::nullopt;
        }
        const QString key = it.key();
        if (!it.value().isObject()) {
            *why = T::tr("what it holds for %1 is not an object").arg(key);
            return std::nullopt;
        }
        const QJsonObject o = it.value().toObject();
        for (auto member = o.begin(); member != o.end(); ++member) {
            static const QLatin1String known[] = {QLatin1String("note"), QLatin1String("quote"),
                                                  QLatin1String("quote_start"), QLatin1String("quote_length")};
            if (std::find(std::begin(known), std::end(known), member.key()) == std::end(known)) {
                *why = T::tr("%1 has “%2”, which a project does not hold").arg(key, member.key().left(40));
                return std::nullopt;
            }
        }
        FigureNote &n = notes[size_t(*field)];
        for (const auto &[name, into] : {std::pair{QLatin1String("note"), &n.note}, std::pair{QLatin1String("quote"), &n.quote}}) {
            if (!o.contains(name))
                continue;
            if (!o.value(name).isString()) {
                *why = T::tr("%1 has no text as its “%2”").arg(key, name);
                return std::nullopt;
            }
            *into = o.value(name).toString();
        }
        const QJsonValue start = o.value(QLatin1String("quote_start"));
        const QJsonValue length = o.value(QLatin1String("quote_length"));
        if (start.isUndefined() != length.isUndefined()) {
            *why = T::tr("%1 gives its quote's place by half").arg(key);
            return std::nullopt;
        }
        if (!start.isUndefined()) {
            // Places run to the length of a letter, well inside the integers a double holds
            // exactly. Range first: casting a double past qsizetype is undefined.
            const auto place = [](const QJsonValue &v) -> std::optional<qsizetype> {
                const double d = v.toDouble(-1);
                if (!v.isDouble() || !(d >= 0 && d <= double(kLargestQuotePlace)) || d != std::floor(d))
                    return std::nullopt;
                return qsizetype(d);
            };
            const std::optional<qsizetype> s = place(start);
            const std::optional<qsizetype> l = place(length);
            if (!s || !l) {
                *why = T::tr("%1 has a quote's place that is not two whole numbers from 0").arg(key);
                return std::nullopt;
            }
            n.quoteRange = TextRange{*s, *l};
        }
    }
    return ifAsWritten(std::move(notes), json, [](const FigureNotes &n) { return figureNotesToJson(n); }, why);
}

} // namespace dapp
