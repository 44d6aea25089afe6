// dapp-analyst chart: one chart of the comparison as PNG, SVG or PDF, drawn off screen.
#include "charts/chartfile.h"
#include "charts/mapscene.h"
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "domain/chartdata.h"
#include "domain/mapdata.h"

#include <QDir>
#include <QRegularExpression>

namespace dapp::cli {

namespace {
QStringList kindKeys()
{
    QStringList keys;
    for (ChartKind k : kAllChartKinds)
        keys << chartKindKey(k);
    return keys << QStringLiteral("map");
}

QStringList measureKeys()
{
    QStringList keys;
    for (MapMeasure m : kAllMapMeasures)
        keys << mapMeasureKey(m);
    return keys;
}
} // namespace

int runChart(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("chart"), summary,
                         CommandLineText::tr("%1 [--project FILE] [filters] [options] OUT.png|OUT.svg|OUT.pdf")
                             .arg(kindKeys().join(QLatin1Char('|'))));
    parser.addProjectOption();
    parser.addFilterOptions();
    const QCommandLineOption route(QStringLiteral("route"),
                                   CommandLineText::tr("Referral route: all, self or agency (default all)."),
                                   CommandLineText::tr("ROUTE"), QStringLiteral("all"));
    const QCommandLineOption money(QStringLiteral("money"),
                                   CommandLineText::tr("The money chart: budget or costs (default budget)."),
                                   CommandLineText::tr("VIEW"), QStringLiteral("budget"));
    const QCommandLineOption areas(
        QStringLiteral("areas"),
        CommandLineText::tr("The areas chart: people, budget or per-resident (default people)."),
        CommandLineText::tr("VIEW"), QStringLiteral("people"));
    const QCommandLineOption top(
        QStringLiteral("top"),
        CommandLineText::tr("Returns drawn before the rest are summarised in one bar; 0 draws all (default 25)."),
        CommandLineText::tr("N"), QStringLiteral("25"));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     CommandLineText::tr("What the map shades: %1 (default referrals).")
                                         .arg(measureKeys().join(QStringLiteral(", "))),
                                     CommandLineText::tr("KEY"), QStringLiteral("referrals"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        CommandLineText::tr("A PNG's size in pixels, e.g. 1600x1200 (default: the chart's own)."),
        CommandLineText::tr("WxH"));
    for (const QCommandLineOption &o : {route, money, areas, top, measure, size})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("KIND"),
                                 CommandLineText::tr("Which chart: %1.").arg(kindKeys().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 CommandLineText::tr("Where to write it: a .png, .svg or .pdf file."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return parser.refuse(CommandLineText::tr("chart needs a kind (%1) and the file to write.")
                                 .arg(kindKeys().join(QStringLiteral(", "))));
    ChartOptions options;
    const bool map = positional.first().toLower() == QLatin1String("map");
    const auto kind = chartKindFromKey(positional.first());
    if (!kind && !map)
        return parser.refuse(CommandLineText::tr("no chart “%1”; the charts are %2.")
                                 .arg(positional.first(), kindKeys().join(QStringLiteral(", "))));
    options.kind = kind.value_or(ChartKind::Funnel);
    // An option of another chart is refused, not ignored: it would not do what was asked.
    const QList<std::pair<QCommandLineOption, bool>> applies{
        {measure, map},
        {money, options.kind == ChartKind::Money && !map},
        {areas, options.kind == ChartKind::Areas && !map},
        {top, !map && options.kind != ChartKind::Areas},
    };
    for (const auto &[option, fits] : applies)
        if (parser.isSet(option) && !fits)
            return parser.refuse(CommandLineText::tr("--%1 is not an option of the %2 chart.")
                                     .arg(option.names().constFirst(), positional.first()));
    if (positional.size() != 2)
        return parser.refuse(
            positional.size() < 2
                ? CommandLineText::tr("chart needs the file to write (OUT.png, OUT.svg or OUT.pdf).")
                : CommandLineText::tr("unexpected “%1”; chart writes one file.").arg(positional.at(2)));
    const QString target = positional.at(1);
    if (!chartFileFormatOf(target))
        return parser.refuse(
            CommandLineText::tr("“%1”: chart writes PNG, SVG or PDF (a name ending in .png, .svg or .pdf).")
                .arg(QDir::toNativeSeparators(target)));

    const QString routeWord = parser.value(route).toLower();
    const QMap<QString, ReferralRoute> routes{{QStringLiteral("all"), ReferralRoute::All},
                                              {QStringLiteral("self"), ReferralRoute::Self},
                                              {QStringLiteral("agency"), ReferralRoute::Agency}};
    if (!routes.contains(routeWord))
        return parser.refuse(
            CommandLineText::tr("--route “%1”: the routes are all, self and agency.").arg(parser.value(route)));
    options.route = routes.value(routeWord);
    const QString moneyWord = parser.value(money).toLower();
    if (moneyWord != QLatin1String("budget") && moneyWord != QLatin1String("costs"))
        return parser.refuse(
            CommandLineText::tr("--money “%1”: the money charts are budget and costs.").arg(parser.value(money)));
    options.money = moneyWord == QLatin1String("costs") ? MoneyView::Costs : MoneyView::Budget;
    const QMap<QString, AreaView> areaViews{{QStringLiteral("people"), AreaView::Funnel},
                                            {QStringLiteral("budget"), AreaView::Budget},
                                            {QStringLiteral("per-resident"), AreaView::PerResident}};
    const QString areasWord = parser.value(areas).toLower();
    if (!areaViews.contains(areasWord))
        return parser.refuse(CommandLineText::tr("--areas “%1”: the areas charts are people, budget and per-resident.")
                                 .arg(parser.value(areas)));
    options.areas = areaViews.value(areasWord);
    bool ok = false;
    options.maxCategories = parser.value(top).toInt(&ok);
    if (!ok || options.maxCategories < 0 || options.maxCategories == 1)
        return parser.refuse(CommandLineText::tr("--top “%1”: give a number of returns, 2 or more, or 0 for all.")
                                 .arg(parser.value(top)));
    QSize pixels;
    if (parser.isSet(size)) {
        static const QRegularExpression form(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
        const auto m = form.match(parser.value(size).trimmed());
        if (!m.hasMatch() || chartFileFormatOf(target) != ChartFileFormat::Png)
            return parser.refuse(
                m.hasMatch() ? CommandLineText::tr("--size is for PNG files; SVG and PDF are drawn as vectors.")
                             : CommandLineText::tr("--size “%1”: give width x height in pixels, e.g. 1600x1200.")
                                   .arg(parser.value(size)));
        pixels = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        if (pixels.width() < 100 || pixels.height() < 100 || pixels.width() > 20000 || pixels.height() > 20000)
            return parser.refuse(CommandLineText::tr("--size: each side between 100 and 20000 pixels."));
    }
    MapOptions mapOptions;
    mapOptions.route = options.route;
    const auto mapMeasure = mapMeasureFromKey(parser.value(measure));
    if (!mapMeasure)
        return parser.refuse(CommandLineText::tr("--measure “%1”: the map shades %2.")
                                 .arg(parser.value(measure), measureKeys().join(QStringLiteral(", "))));
    mapOptions.measure = *mapMeasure;
    Comparison comparison;
    if (const auto exitCode = parser.loadComparison(&comparison))
        return *exitCode;
    QString error;
    const bool written = map ? writeMapFile(target, buildMap(comparison, mapOptions), pixels, &error)
                             : writeChartFile(target, buildChart(comparison, options), pixels, &error);
    if (!written) {
        printError(error);
        return 1;
    }
    out() << CommandLineText::tr("Wrote the %1 chart of %2 returns to %3")
                 .arg(map ? QStringLiteral("map") : chartKindKey(options.kind))
                 .arg(comparison.rows.size())
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return 0;
}

} // namespace dapp::cli
