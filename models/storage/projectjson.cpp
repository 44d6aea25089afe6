// Parses and validates the project JSON.
#include "storage/projectjson.h"
#include "domain/areas.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct ProjectJsonText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectJson)
};

struct Reader
{
    const LetterTextReader &readText;
    QString error;
    ProjectData project;
    Id nextLetter = 1, nextProgramme = 1, nextReturn = 1, nextContext = 1;

    bool fail(const QString &where, const QString &what)
    {
        error = ProjectJsonText::tr("%1: %2").arg(where, what);
        return false;
    }

    bool money(const QJsonValue &v, const QString &where, qint64 *pence)
    {
        const auto parsed = parseFigure(v.toString(), FigureKind::Money);
        if (!v.isString() || !parsed.figure || !parsed.figure->isReported())
            return fail(where, ProjectJsonText::tr("expected an amount in pounds such as \"264244.70\""));
        *pence = parsed.figure->value;
        return true;
    }

    bool figure(const QJsonValue &v, FigureKind kind, const QString &where, Figure *out)
    {
        if (!v.isObject())
            return fail(where, ProjectJsonText::tr("missing: every figure needs a value or a status"));
        const QJsonObject o = v.toObject();
        out->setQuote(o.value(QStringLiteral("quote")).toString());
        out->setNote(o.value(QStringLiteral("note")).toString());
        if (o.contains(QStringLiteral("value"))) {
            out->status = FigureStatus::Reported;
            if (kind == FigureKind::Money)
                return money(o.value(QStringLiteral("value")), where + QStringLiteral(".value"), &out->value);
            const QJsonValue n = o.value(QStringLiteral("value"));
            if (!n.isDouble() || n.toDouble() < 0 || n.toDouble() != double(qint64(n.toDouble())))
                return fail(where + QStringLiteral(".value"), ProjectJsonText::tr("expected a whole number of people"));
            out->value = qint64(n.toDouble());
            return true;
        }
        const auto status = statusFromKey(o.value(QStringLiteral("status")).toString());
        if (!status || *status == FigureStatus::Reported)
            return fail(where, ProjectJsonText::tr("needs \"value\", or a \"status\" of not_applicable, not_held, held_by_provider, "
                                  "withheld or not_provided"));
        out->status = *status;
        return true;
    }

    bool area(const QJsonValue &v, const QString &where, QString *code)
    {
        *code = v.toString();
        if (!Areas::byCode(*code))
            return fail(where, ProjectJsonText::tr("“%1” is not a police force area code or UNKNOWN").arg(*code));
        return true;
    }

    bool returnRecord(const QJsonObject &o, const Letter &letter, const QString &where)
    {
        const QJsonObject p = o.value(QStringLiteral("programme")).toObject();
        Programme programme;
        programme.id = nextProgramme++;
        programme.areaCode = letter.areaCode;
        programme.name = p.value(QStringLiteral("name")).toString();
        if (programme.name.trimmed().isEmpty())
            return fail(where + QStringLiteral(".programme.name"), ProjectJsonText::tr("a programme needs a name"));
        programme.provider = p.value(QStringLiteral("provider")).toString();
        programme.riskLevel = p.value(QStringLiteral("risk_level")).toString();
        programme.audience = p.value(QStringLiteral("audience")).toString();
        programme.scope = p.value(QStringLiteral("scope")).toString();
        programme.coverage = p.value(QStringLiteral("coverage")).toString();
        programme.evaluationUrl = p.value(QStringLiteral("evaluation_url")).toString();

        ProgrammeReturn r;
        r.id = nextReturn++;
        r.letterId = letter.id;
        r.programmeId = programme.id;
        const QJsonObject figures = o.value(QStringLiteral("figures")).toObject();
        for (FigureField field : kAllFigureFields) {
            if (!figure(figures.value(fieldKey(field)), figureKind(field),
                        where + QStringLiteral(".figures.") + fieldKey(field), &r.figure(field)))
                return false;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("referrers")).toArray())
            r.referrers << v.toString();
        r.referrersQuote = o.value(QStringLiteral("referrers_quote")).toString();
        const QJsonArray funders = o.value(QStringLiteral("funders")).toArray();
        for (qsizetype i = 0; i < funders.size(); ++i) {
            const QJsonObject f = funders[i].toObject();
            const QString fw = where + QStringLiteral(".funders[%1]").arg(i);
            Funder funder{f.value(QStringLiteral("name")).toString(), std::nullopt, std::nullopt};
            if (funder.name.trimmed().isEmpty())
                return fail(fw, ProjectJsonText::tr("a funder needs a name"));
            if (f.contains(QStringLiteral("amount_gbp"))) {
                qint64 pence = 0;
                if (!money(f.value(QStringLiteral("amount_gbp")), fw + QStringLiteral(".amount_gbp"), &pence))
                    return false;
                funder.amountPence = pence;
            }
            if (f.contains(QStringLiteral("share_percent")))
                funder.sharePercent = f.value(QStringLiteral("share_percent")).toDouble();
            r.funders << funder;
        }
        r.fundersQuote = o.value(QStringLiteral("funders_quote")).toString();
        const QJsonArray caveats = o.value(QStringLiteral("caveats")).toArray();
        for (qsizetype i = 0; i < caveats.size(); ++i) {
            const QJsonObject c = caveats[i].toObject();
            Caveat caveat{c.value(QStringLiteral("text")).toString(), {}};
            for (const QJsonValue &f : c.value(QStringLiteral("fields")).toArray()) {
                const auto field = fieldFromKey(f.toString());
                if (!field)
                    return fail(where + QStringLiteral(".caveats[%1].fields").arg(i),
                                ProjectJsonText::tr("“%1” is not a figure name").arg(f.toString()));
                caveat.fields << *field;
            }
            r.caveats << caveat;
        }
        project.programmes.insert(programme.id, programme);
        project.returns.insert(r.id, r);
        return true;
    }

    bool contextRecord(const QJsonObject &o, const Letter &letter, const QString &where)
    {
        ContextFigure c;
        c.id = nextContext++;
        c.letterId = letter.id;
        c.areaCode = letter.areaCode;
        c.label = o.value(QStringLiteral("label")).toString();
        c.period = o.value(QStringLiteral("period")).toString();
        c.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("money") ? FigureKind::Money
                                                                                      : FigureKind::Count;
        if (!figure(o, c.kind, where, &c.figure))
            return false;
        project.contextFigures.insert(c.id, c);
        return true;
    }

    bool letterRecord(const QJsonObject &o, const QString &where)
    {
        Letter l;
        l.id = nextLetter++;
        const auto kind = letterKindFromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(where + QStringLiteral(".kind"), ProjectJsonText::tr("expected foi_response or panel_report"));
        l.kind = *kind;
        if (!area(o.value(QStringLiteral("area")), where + QStringLiteral(".area"), &l.areaCode))
            return false;
        l.issuingBody = o.value(QStringLiteral("issuing_body")).toString();
        l.foiReference = o.value(QStringLiteral("foi_reference")).toString();
        for (const auto &[key, date] : {std::pair{QStringLiteral("request_received"), &l.requestReceived},
                                        std::pair{QStringLiteral("response_date"), &l.responseDate}}) {
            const QJsonValue v = o.value(key);
            if (v.isNull() || v.isUndefined())
                continue;
            *date = QDate::fromString(v.toString(), Qt::ISODate);
            if (!date->isValid())
                return fail(where + QLatin1Char('.') + key, ProjectJsonText::tr("expected a date as YYYY-MM-DD"));
        }
        l.financialYear = o.value(QStringLiteral("financial_year")).toString();
        const auto cohort = cohortFromKey(o.value(QStringLiteral("cohort")).toString());
        if (!cohort)
            return fail(where + QStringLiteral(".cohort"), ProjectJsonText::tr("expected male, female or all"));
        l.cohort = *cohort;
        const QString file = o.value(QStringLiteral("text_file")).toString();
        const auto text = readText(file);
        if (!text)
            return fail(where + QStringLiteral(".text_file"), ProjectJsonText::tr("the letter text “%1” is missing").arg(file));
        l.text = *text;
        project.letters.insert(l.id, l);
        const QJsonArray returns = o.value(QStringLiteral("returns")).toArray();
        for (qsizetype i = 0; i < returns.size(); ++i)
            if (!returnRecord(returns[i].toObject(), l, where + QStringLiteral(".returns[%1]").arg(i)))
                return false;
        const QJsonArray contexts = o.value(QStringLiteral("context_figures")).toArray();
        for (qsizetype i = 0; i < contexts.size(); ++i)
            if (!contextRecord(contexts[i].toObject(), l, where + QStringLiteral(".context_figures[%1]").arg(i)))
                return false;
        return true;
    }
};
} // namespace

std::optional<ProjectData> readProjectJson(const QByteArray &json, const LetterTextReader &readText, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ProjectJsonText::tr("Not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    Reader reader{readText, {}, {}};
    const QJsonArray letters = doc.object().value(QStringLiteral("letters")).toArray();
    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (!reader.letterRecord(letters[i].toObject(), QStringLiteral("letters[%1]").arg(i))) {
            *error = reader.error;
            return std::nullopt;
        }
    }
    return reader.project;
}

ProjectData sampleProject()
{
    QFile file(QStringLiteral(":/dapp/sample/sample-project.json"));
    file.open(QIODevice::ReadOnly);
    QString error;
    const auto project = readProjectJson(
        file.readAll(),
        [](const QString &name) -> std::optional<QString> {
            QFile letter(QStringLiteral(":/dapp/sample/letters/") + name);
            if (name.isEmpty() || !letter.open(QIODevice::ReadOnly))
                return std::nullopt;
            return QString::fromUtf8(letter.readAll());
        },
        &error);
    // The sample ships inside the program and is checked by its tests: a fault is a build bug.
    if (!project)
        qFatal("The embedded sample project is invalid: %s", qPrintable(error));
    return *project;
}

} // namespace dapp
