<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AreaMatch</name>
    <message>
        <location filename="../models/interchange/areamatch.cpp" line="112"/>
        <source>“%1” is not one of the 43 police force areas (or Unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/areamatch.cpp" line="113"/>
        <source>“%1” is not a police force area; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/areamatch.cpp" line="114"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaShapes</name>
    <message>
        <location filename="../models/domain/areashapes.cpp" line="90"/>
        <source>Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2023.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../models/domain/areas.cpp" line="25"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/areas.cpp" line="26"/>
        <source>Area not stated in the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFile</name>
    <message>
        <location filename="../views/charts/chartfile.cpp" line="78"/>
        <source>“%1”: a chart is written as .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartfile.cpp" line="83"/>
        <location filename="../views/charts/chartfile.cpp" line="139"/>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartfile.cpp" line="135"/>
        <source>cannot draw into “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="60"/>
        <source>(unnamed programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="76"/>
        <location filename="../models/domain/chartdata.cpp" line="138"/>
        <location filename="../models/domain/chartdata.cpp" line="152"/>
        <location filename="../models/domain/chartdata.cpp" line="456"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="84"/>
        <source>%1: no number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="93"/>
        <source>%1: %2 — a partial total: some parts have no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="94"/>
        <location filename="../models/domain/chartdata.cpp" line="107"/>
        <location filename="../models/domain/chartdata.cpp" line="145"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="100"/>
        <source>%1: missing — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="116"/>
        <source>Budget: no number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="121"/>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="138"/>
        <location filename="../models/domain/chartdata.cpp" line="152"/>
        <location filename="../models/domain/chartdata.cpp" line="457"/>
        <source>%1: no return has a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="143"/>
        <source>%1: %2 — partial: 1 return has no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="144"/>
        <source>%1: %2 — partial: %3 returns have no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="158"/>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="159"/>
        <source>%1: median %2 of the %3 of %4 returns that have a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="174"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="175"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="176"/>
        <source>Source: FOI responses to Police and Crime Commissioners (%1); 1 return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="177"/>
        <source>Source: FOI responses to Police and Crime Commissioners (%1); %2 returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="324"/>
        <source>1 other return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="324"/>
        <source>Other %1 returns (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="341"/>
        <source> · total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="347"/>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="348"/>
        <source>acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="349"/>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="350"/>
        <source>cost per referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="351"/>
        <source>The %1 returns with the largest %2; the other %3 are summarised in the last bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="461"/>
        <source>no population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="462"/>
        <source>No resident population is known for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="467"/>
        <source>%1 referred, %2 residents (%3): %4 per 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="472"/>
        <source>City of London has %1 residents (%2) against a far larger daytime population: its rate per resident misleads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="480"/>
        <source> (%1 without)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="481"/>
        <source>%1: %2 (returns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="492"/>
        <source>≥: a partial total, a lower bound; some returns have no number for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="494"/>
        <source>Totals add %1 financial years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="550"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="551"/>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="552"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="553"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="561"/>
        <source>self-referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="562"/>
        <source>agency referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="563"/>
        <source>all referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="610"/>
        <source>%1 cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="616"/>
        <source>%1 areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="619"/>
        <source>provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="621"/>
        <source>risk level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="622"/>
        <source>All areas, years and cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="631"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="631"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="631"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="634"/>
        <source>Referred, accepted and completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="636"/>
        <location filename="../models/domain/chartdata.cpp" line="662"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="640"/>
        <source>Acceptance, completion and end-to-end rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="641"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="641"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="641"/>
        <source>End to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="642"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="648"/>
        <location filename="../models/domain/chartdata.cpp" line="668"/>
        <source>Pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="650"/>
        <source>Budget per programme return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="651"/>
        <location filename="../models/domain/chartdata.cpp" line="667"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="653"/>
        <source>Cost per referral and per completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="654"/>
        <source>Cost per referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="654"/>
        <source>Cost per completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="660"/>
        <source>Referred, accepted and completed per police force area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="666"/>
        <source>Budget per police force area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="672"/>
        <source>Referrals per 100,000 residents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="673"/>
        <source>Referred per 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/chartdata.cpp" line="674"/>
        <source>Referrals per 100,000 residents (%1 population)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cohort</name>
    <message>
        <location filename="../models/domain/entities.cpp" line="31"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/entities.cpp" line="32"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/entities.cpp" line="33"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="50"/>
        <source>DAPP Analyst %1: compare Domestic Abuse Perpetrator Programmes from FOI answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>usage: dapp-analyst [FILE.dapp]          open the window on a project (the sample without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="57"/>
        <source>       dapp-analyst COMMAND [OPTIONS]    run a command without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="60"/>
        <location filename="../app/cli/commandline.cpp" line="76"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="62"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="63"/>
        <source>  -h, --help     Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="64"/>
        <source>  -v, --version  Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="66"/>
        <source>&apos;dapp-analyst COMMAND --help&apos; lists a command&apos;s options. To open a project file whose name is a single word, write it as ./NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="77"/>
        <source>Run &apos;dapp-analyst --help&apos; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="85"/>
        <source>Print the data-quality flags of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="86"/>
        <source>Write the tidy CSV of the programme returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="87"/>
        <source>Write the comparison as CSV or XLSX: figures, rates, costs, caveats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="89"/>
        <source>Write the PDF report: summary table, charts, flags, notes, sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="91"/>
        <source>Write one chart (funnel, rates, money, areas, map) as PNG, SVG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="93"/>
        <source>Add returns from CSV, TSV, XLSX or ODS files to a project, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="95"/>
        <source>Read what can be read of a damaged project into a new project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="97"/>
        <source>Propose a letter&apos;s answers as data (tidy CSV), each with its quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="99"/>
        <source>Set up a PostgreSQL database for a team: schema, migrations, roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="116"/>
        <source>unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="118"/>
        <source>the window opens one project at a time; “%1” is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="157"/>
        <source>unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="160"/>
        <source>nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="51"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="36"/>
        <source>%1 [--project FILE] [filters] [options] OUT.png|OUT.svg|OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="41"/>
        <source>Referral route: all, self or agency (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="42"/>
        <source>ROUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="44"/>
        <source>The money chart: budget or costs (default budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="45"/>
        <location filename="../app/cli/chartcommand.cpp" line="49"/>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="48"/>
        <source>The areas chart: people, budget or per-resident (default people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="52"/>
        <source>Returns drawn before the rest are summarised in one bar; 0 draws all (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="53"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="55"/>
        <source>What the map shades: %1 (default referrals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="57"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="60"/>
        <source>A PNG&apos;s size in pixels, e.g. 1600x1200 (default: the chart&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="61"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="65"/>
        <source>Which chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="67"/>
        <source>Where to write it: a .png, .svg or .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="72"/>
        <source>chart needs a kind (%1) and the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="78"/>
        <source>no chart “%1”; the charts are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="90"/>
        <source>--%1 is not an option of the %2 chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="95"/>
        <source>chart needs the file to write (OUT.png, OUT.svg or OUT.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="96"/>
        <source>unexpected “%1”; chart writes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="100"/>
        <source>“%1”: chart writes PNG, SVG or PDF (a name ending in .png, .svg or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="109"/>
        <source>--route “%1”: the routes are all, self and agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="114"/>
        <source>--money “%1”: the money charts are budget and costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="121"/>
        <source>--areas “%1”: the areas charts are people, budget and per-resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="127"/>
        <source>--top “%1”: give a number of returns, 2 or more, or 0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="135"/>
        <source>--size is for PNG files; SVG and PDF are drawn as vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="136"/>
        <source>--size “%1”: give width x height in pixels, e.g. 1600x1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="140"/>
        <source>--size: each side between 100 and 20000 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="146"/>
        <source>--measure “%1”: the map shades %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chartcommand.cpp" line="159"/>
        <source>Wrote the %1 chart of %2 returns to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="30"/>
        <source>[--project FILE] [filters] [--strict]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="34"/>
        <source>Exit with status 1 when anything is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="40"/>
        <source>unexpected “%1”; name the project with --project FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="50"/>
        <source>%1 letters, %2 returns checked: %3 flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>cannot write the flags to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="17"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="36"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="19"/>
        <source>The project file, or a team database&apos;s postgresql:// address (default: the sample project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="20"/>
        <location filename="../app/cli/extractcommand.cpp" line="144"/>
        <location filename="../app/cli/importcommand.cpp" line="65"/>
        <source>FILE|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="21"/>
        <source>Only this police force area (by name; may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="21"/>
        <location filename="../app/cli/commandparser.cpp" line="25"/>
        <location filename="../app/cli/importcommand.cpp" line="77"/>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="22"/>
        <source>Only this financial year, e.g. 2022/23 (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="22"/>
        <location filename="../app/cli/importcommand.cpp" line="80"/>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="23"/>
        <source>Only this cohort: male, female or all (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="23"/>
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>COHORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="24"/>
        <source>Only this risk level (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="24"/>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="25"/>
        <source>Only this provider (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="49"/>
        <source>usage: dapp-analyst %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="56"/>
        <source>Run &apos;dapp-analyst %1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="69"/>
        <source>%1 has no option “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="105"/>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="130"/>
        <source>--project needs a file name (it was empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="149"/>
        <source>--area “%1” is not a police force area; write its name as in “Avon and Somerset”, or Unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="159"/>
        <source>--cohort “%1” is not a cohort; use male, female or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="168"/>
        <source>--year “%1” is not a financial year (%2); write it as 2022/23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="169"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="16"/>
        <source>[--project FILE] [filters] [--context] OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="21"/>
        <source>Write the context figures (figures about an area that are not a programme&apos;s return) instead of the returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="25"/>
        <source>Where to write the CSV; - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="31"/>
        <source>export-csv needs the file to write (OUT.csv, or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="33"/>
        <source>unexpected “%1”; export-csv writes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="44"/>
        <source>cannot write the CSV to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="45"/>
        <location filename="../app/cli/exporttablecommand.cpp" line="54"/>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="53"/>
        <source>Wrote %1 context figures to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="54"/>
        <source>Wrote %1 returns to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exporttablecommand.cpp" line="18"/>
        <source>[--project FILE] [filters] OUT.csv|OUT.xlsx|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exporttablecommand.cpp" line="23"/>
        <source>Where to write the table: a .csv or .xlsx file, or - for CSV on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exporttablecommand.cpp" line="30"/>
        <source>export-table needs the file to write (OUT.csv or OUT.xlsx, or - for CSV on standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exporttablecommand.cpp" line="32"/>
        <source>unexpected “%1”; export-table writes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exporttablecommand.cpp" line="39"/>
        <source>“%1”: export-table writes CSV (a name ending in .csv, or - for standard output) or XLSX (a name ending in .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exporttablecommand.cpp" line="53"/>
        <source>cannot write the table to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exporttablecommand.cpp" line="59"/>
        <source>Wrote %1 returns with their measures to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="113"/>
        <source>nothing was added; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="122"/>
        <source>Added to %1: the letter %2 with %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="124"/>
        <source>1 return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="124"/>
        <source>%1 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="125"/>
        <source>every figure was read with certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="126"/>
        <source>1 figure needs a look and says so in its note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="127"/>
        <source>%1 figures need a look and say so in their notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="135"/>
        <source>LETTER [--explain | --project FILE --commit]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="137"/>
        <source>Instead of the tidy CSV, print each proposed value with its status, the quote it came from, the quote&apos;s place in the letter (characters from its start) and whether it is certain or needs a look, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="141"/>
        <source>With --commit: the project to add the letter to: a file (one that does not exist yet is created; the file it replaces is kept as FILE~, as Save does), or a team database&apos;s postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="146"/>
        <source>Add the letter, its returns and their quotes to --project in one transaction. Each figure the reader was not sure of gets a note saying so; a letter the project already holds (same FOI reference and body) is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="154"/>
        <source>The letter: plain text (UTF-8 or Windows-1252), PDF with a text layer, or Word .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="159"/>
        <source>extract needs the letter to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="161"/>
        <source>unexpected “%1”; extract reads one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="163"/>
        <source>--commit needs --project FILE, the project to add the letter to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="166"/>
        <source>--project is where --commit adds the letter; without --commit, extract writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="170"/>
        <source>--explain prints the proposal; --commit writes it: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/extractcommand.cpp" line="185"/>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="38"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="38"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="48"/>
        <source>writing: %1% (%2 of %3 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="59"/>
        <source>--project FILE|URI [--dry-run] [--progress] [--sheet NAME] [--layout tidy|letter-table] [--area NAME --year YEAR [--cohort male|female|all] [--foi-reference REF]] [--on-duplicate skip|replace|keep] INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="62"/>
        <source>The project to import into: a file (one that does not exist yet is created; the file it replaces is kept as FILE~, as Save does), or a team database&apos;s postgresql:// address (one transaction on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="66"/>
        <source>Check the files and say what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="68"/>
        <source>While writing, print how far it is on standard error, one line at a time (“writing: 37% (37,412 of 101,050 records)”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="71"/>
        <source>The files&apos; layout: tidy (one row per return) or letter-table (a letter&apos;s own table: providers in the first row, one row per question, one column per programme). Without it, each file&apos;s layout is recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="74"/>
        <source>LAYOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="76"/>
        <source>The sheet of an XLSX or ODS workbook to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="78"/>
        <source>For a letter table: the police force area it answers for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="80"/>
        <source>For a letter table: the financial year (2022/23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="82"/>
        <source>For a letter table: male, female or all (default: read from the questions&apos; wording).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="84"/>
        <source>For a letter table: the letter&apos;s FOI reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="87"/>
        <source>What to do with a return the project already has (same area, programme, provider, year and cohort): skip, replace or keep (both). Without it, such a return is an error and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="90"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="103"/>
        <source>CSV, TSV, XLSX or ODS files in the tidy or letter-table layout (README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="108"/>
        <source>import needs at least one file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="111"/>
        <source>unknown layout “%1”; use tidy or letter-table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="117"/>
        <source>unknown --cohort “%1”; use male, female or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="121"/>
        <source>unknown --on-duplicate “%1”; use skip, replace or keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="126"/>
        <source>import needs --project FILE, the project to add the returns to (or --dry-run to only check the files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="158"/>
        <source>“%1” is a letter table, which names no area or financial year: give --area NAME and --year YEAR (and --cohort when the questions do not say males or females).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="173"/>
        <source>a file in the tidy layout names each row&apos;s area, year and cohort itself; %1 %2 not used for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="176"/>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="176"/>
        <source>are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="203"/>
        <source>nothing was imported, because of the errors listed above (%1 in all). The project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="208"/>
        <source>%1 returns added, %2 replaced, %3 skipped; %4 new letters, %5 new programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="217"/>
        <source>; %1 rows replaced the values of a return read before them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="219"/>
        <source>Checked: %1. Nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="225"/>
        <source>Nothing to import: %1. The project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="235"/>
        <source>Imported into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="31"/>
        <source>DAMAGED.dapp --output NEW.dapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="34"/>
        <source>The new project file to write what can be read to. An existing file is replaced and kept as FILE~, as Save does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="39"/>
        <source>The damaged project file; it is only read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="44"/>
        <source>recover needs the damaged project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="46"/>
        <source>unexpected “%1”; recover reads one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="51"/>
        <source>recover needs --output NEW.dapp, the new file to write what can be read to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="54"/>
        <source>--output “%1” is the damaged file itself; recover writes what it reads to a new file and never changes the damaged one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="63"/>
        <source>Read from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="74"/>
        <source>nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="78"/>
        <source>Wrote the recovered project to %1 (the file it replaced is kept as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="80"/>
        <source>Wrote the recovered project to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="83"/>
        <source>cannot write the summary to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recovercommand.cpp" line="87"/>
        <source>not everything in “%1” could be read; what could be is in “%2”, and what was lost is listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="17"/>
        <source>[--project FILE] [filters] OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="20"/>
        <source>The report&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="21"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="23"/>
        <source>Where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="30"/>
        <source>report needs the file to write (OUT.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="31"/>
        <source>unexpected “%1”; report writes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="34"/>
        <source>“%1”: report writes PDF (a name ending in .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="51"/>
        <source>Wrote a report of %1 returns on %2 pages to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="19"/>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="21"/>
        <source>The database, as psql takes it: postgresql://USER@HOST/DATABASE, postgresql://USER@/DATABASE?host=/run/postgresql (a Unix socket folder), service=NAME, or &quot;host=… dbname=…&quot;. A password comes from ~/.pgpass or PGPASSWORD, never from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="29"/>
        <source>team-init needs the database&apos;s address (URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="31"/>
        <source>unexpected “%1”; team-init sets up one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="48"/>
        <source>%1 was set up by a newer version of DAPP Analyst (schema %2; this version reads up to %3); it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="62"/>
        <source>Set up %1 at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="64"/>
        <source>Migrated %1 from schema %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="65"/>
        <source>%1 is at schema %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teaminitcommand.cpp" line="67"/>
        <source>Roles: %1 may read and change records, %2 may only read. Give a person one with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonXlsx</name>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="88"/>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="139"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="147"/>
        <source>no return has a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="160"/>
        <source>partial: no number from %1 of the %2 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="163"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="166"/>
        <source>partial: a lower bound, as some returns have no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="172"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="191"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="194"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="194"/>
        <source>Caveat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="205"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="208"/>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="232"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="208"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="208"/>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="233"/>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="209"/>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="233"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="209"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="229"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="232"/>
        <source>FOI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="232"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="233"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="234"/>
        <source>Response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/comparisonxlsx.cpp" line="237"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="31"/>
        <source>the letter from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="32"/>
        <source>letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="36"/>
        <source>programme %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="42"/>
        <source>the return of %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="46"/>
        <source>the figure “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="89"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="90"/>
        <source> on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="110"/>
        <source>Someone else added to %1 since you read it (a return or a figure that belongs to it); your removal was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="114"/>
        <source>Someone else removed %1; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="115"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="119"/>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/conflictmessage.cpp" line="121"/>
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="122"/>
        <source>%1 changed %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="123"/>
        <source>%1 changed %2 of %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="126"/>
        <source>; your removal was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="131"/>
        <source>; your %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="132"/>
        <source>; your %1 %2 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/conflictmessage.cpp" line="134"/>
        <source>; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../models/formats/csv.cpp" line="202"/>
        <source>row %1, column %2: a quoted field starts here and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="168"/>
        <source>it is not text: byte %1 is a NUL (zero) byte, which no CSV or TSV text holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="171"/>
        <source>it is not text: %1 of its characters are control characters (the first is byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="262"/>
        <source>it starts with a UTF-16 byte-order mark but is not UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="268"/>
        <source>UTF-16LE with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="270"/>
        <source>UTF-16BE with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="277"/>
        <location filename="../models/formats/delimitedtext.cpp" line="286"/>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="277"/>
        <location filename="../models/formats/delimitedtext.cpp" line="286"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="293"/>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="295"/>
        <source>UTF-8 with BOM, with some Windows-1252 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="296"/>
        <source>UTF-8 with some Windows-1252 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="410"/>
        <location filename="../models/formats/delimitedtext.cpp" line="464"/>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="414"/>
        <location filename="../models/formats/delimitedtext.cpp" line="472"/>
        <source>it is %1, larger than the %2 that can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="418"/>
        <source>it is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="420"/>
        <source>it is a zip archive (an XLSX or ODS workbook?), not CSV or TSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="422"/>
        <source>it is an Excel 97–2003 workbook (.xls) or another Office file, not CSV or TSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="424"/>
        <source>it is a PDF document, not CSV or TSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="433"/>
        <source>“%1” cannot separate its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="438"/>
        <source>it holds more than %1 cells, more than can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="441"/>
        <source>row %1, column %2: a quoted field is never closed (it starts with “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="445"/>
        <source>row %1 (line %2), column %3: a quoted field is never closed (it starts with “%4”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="452"/>
        <source>it holds no values, only blank lines, spaces and delimiters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="468"/>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="470"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="470"/>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/delimitedtext.cpp" line="476"/>
        <source>it cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="23"/>
        <source>Project Is Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="24"/>
        <source>“%1” is open: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="26"/>
        <source>Open it read-only to look at it and save a copy under another name. Open it anyway only if you are sure nobody is working on it (the other window will no longer be able to save over it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="29"/>
        <source>Lock file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="30"/>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="31"/>
        <source>Open &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="44"/>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="45"/>
        <source>DAPP Analyst can read what is still readable, table by table and row by row, into a new untitled project, and tell you what was lost. The damaged file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="48"/>
        <source>&amp;Recover What Can Be Read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="57"/>
        <source>What Could Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="58"/>
        <source>Part of “%1” could not be read. What could be read is open as a new untitled project; check it before saving it under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/documentquestions.cpp" line="61"/>
        <source>Every record of “%1” could be read. It is open as a new untitled project; save it under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../models/editing/edits.cpp" line="39"/>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="48"/>
        <source>Edit return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="79"/>
        <source>Edit referrers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="80"/>
        <source>Edit funders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="81"/>
        <source>Edit caveats of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="82"/>
        <source>Edit a figure&apos;s note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="83"/>
        <source>Edit a figure&apos;s quote of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="102"/>
        <source>Edit programme of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="116"/>
        <source>Add context figure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="129"/>
        <source>Edit context figure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="139"/>
        <source>Remove context figure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="192"/>
        <source>Edit letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="200"/>
        <source>Edit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="208"/>
        <source>Add letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="215"/>
        <source>Remove letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="236"/>
        <source>Add programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="252"/>
        <source>Remove programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/reapply.cpp" line="61"/>
        <source>Reapply My Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyTable</name>
    <message>
        <location filename="../app/emptytablemessage.cpp" line="20"/>
        <source>No return, and no letter of one, mentions “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/emptytablemessage.cpp" line="23"/>
        <source>This letter has no programme returns. Its %n context figure(s) are in the Letter panel, under Context figures.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/emptytablemessage.cpp" line="26"/>
        <source>This letter has no programme returns yet. Add one with Edit › Add Programme… (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/emptytablemessage.cpp" line="30"/>
        <source>This project has no letters yet. Start with Edit › Add Letter… (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/emptytablemessage.cpp" line="31"/>
        <source>No programme returns here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <location filename="../models/domain/figure.cpp" line="25"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="26"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="27"/>
        <location filename="../models/domain/figure.cpp" line="93"/>
        <location filename="../models/domain/figure.cpp" line="106"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="29"/>
        <location filename="../models/domain/figure.cpp" line="94"/>
        <source>held by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="30"/>
        <location filename="../models/domain/figure.cpp" line="95"/>
        <location filename="../models/domain/figure.cpp" line="108"/>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="31"/>
        <location filename="../models/domain/figure.cpp" line="96"/>
        <location filename="../models/domain/figure.cpp" line="109"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="92"/>
        <location filename="../models/domain/figure.cpp" line="105"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="107"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="230"/>
        <source>“%1” has fractions of a penny; write the amount in pounds and pence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="245"/>
        <source>“%1” has fractions of a penny; read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="251"/>
        <source>“%1” is negative; a count of people cannot be below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="254"/>
        <source>“%1” is negative; a budget cannot be below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="260"/>
        <source>“%1” is neither a number nor a status word (n/a, not held, held by provider, withheld, or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="270"/>
        <source>“%1” is not a whole number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="242"/>
        <location filename="../models/domain/figure.cpp" line="275"/>
        <source>“%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureField</name>
    <message>
        <location filename="../models/domain/figurefield.cpp" line="19"/>
        <source>Self referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurefield.cpp" line="20"/>
        <source>Self accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurefield.cpp" line="21"/>
        <source>Self completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurefield.cpp" line="23"/>
        <source>Agency referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurefield.cpp" line="25"/>
        <source>Agency accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurefield.cpp" line="27"/>
        <source>Agency completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figurefield.cpp" line="28"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancialYear</name>
    <message>
        <location filename="../models/domain/financialyear.cpp" line="26"/>
        <source>“%1” is not a financial year; write it as 2022/23 (2022/2023, 2022-23, 22/23 and FY22/23 are read too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/financialyear.cpp" line="37"/>
        <source>“%1” does not run from one year into the next; a financial year is April to March, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../models/domain/funding.cpp" line="25"/>
        <source>“%1” is not an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/funding.cpp" line="37"/>
        <source>“%1” is not a share; write a percentage such as 40%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/funding.cpp" line="40"/>
        <source>“%1” is more than 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/funding.cpp" line="50"/>
        <source>Funder %1 has an amount or share but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/funding.cpp" line="54"/>
        <source>The shares add up to %1 %; together they cannot be more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoJson</name>
    <message>
        <location filename="../models/formats/geojson.cpp" line="45"/>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/geojson.cpp" line="50"/>
        <source>not a GeoJSON FeatureCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/geojson.cpp" line="74"/>
        <source>feature %1: a %2, not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/geojson.cpp" line="79"/>
        <source>feature %1: a ring with fewer than four points, or a point that is not two numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../app/helpmenu.cpp" line="12"/>
        <source>About DAPP Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/helpmenu.cpp" line="13"/>
        <source>&lt;h3&gt;DAPP Analyst %1&lt;/h3&gt;&lt;p&gt;Turns Freedom of Information answers about Domestic Abuse Perpetrator Programmes into data, and compares police force areas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reference data&lt;/b&gt;&lt;br&gt;Police force areas: the 43 areas of England and Wales with their ONS codes (Police Force Areas, December 2023) and governance (PCC, PFCC or mayor).&lt;br&gt;Populations: ONS mid-2024 estimates for police force areas (ad hoc table 3194), for rates per 100,000 residents.&lt;br&gt;Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2023.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sample project&lt;/b&gt;&lt;br&gt;Five letters from Offices of Police and Crime Commissioners, as released under the Freedom of Information Act 2000.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;br&gt;The reference data: Open Government Licence v3.0. Qt %2: LGPL v3. DAPP Analyst&apos;s own licence has not been chosen yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="468"/>
        <source>“%1” is like “%2”, which the project has in %3; it is kept as written (correct the file if they are the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="178"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="178"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="183"/>
        <location filename="../models/interchange/importplan.cpp" line="188"/>
        <location filename="../models/interchange/importplan.cpp" line="278"/>
        <location filename="../models/interchange/importplan.cpp" line="368"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="321"/>
        <source>the project has %1 returns like this one; only the last added is replaced, the others stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="331"/>
        <source>the same return (area, programme, provider, year and cohort) as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="248"/>
        <source>%1; its figures and lists replace that one&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="247"/>
        <source>%1; its figures and lists are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="312"/>
        <source>the project already has this return (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="315"/>
        <source>%1, which %2 of this import already replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="385"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="387"/>
        <source>%1 is “%2”, but %3 gives %4 for the same %5; correct one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="417"/>
        <source>the FOI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="417"/>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="417"/>
        <location filename="../models/interchange/importplan.cpp" line="426"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="450"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="471"/>
        <source>“%1” is like “%2”, which %3 gives; it is kept as written (correct the file if they are the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="389"/>
        <source>%1 is “%2”, but the project&apos;s %3 has %4; the project&apos;s is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="426"/>
        <source>the response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="453"/>
        <source>the risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="454"/>
        <source>the evaluation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="240"/>
        <source>%1; choose to skip, replace or keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="243"/>
        <source>%1; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="252"/>
        <source>%1; both are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="305"/>
        <source>%1 · %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="311"/>
        <source>%1, read from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../models/interchange/importproblem.cpp" line="24"/>
        <source>sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importproblem.cpp" line="26"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importproblem.cpp" line="28"/>
        <source>column %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importproblem.cpp" line="30"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importproblem.cpp" line="32"/>
        <source>column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="24"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="25"/>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="26"/>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="27"/>
        <source>bar-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="28"/>
        <source>separated by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="42"/>
        <source>“%1” has no sheet “%2”; its sheets are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="52"/>
        <source>XLSX workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="52"/>
        <source>ODS workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="56"/>
        <source>“%1” is a text file, which has no sheets (--sheet is for XLSX and ODS workbooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/importsource.cpp" line="90"/>
        <source>pasted cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../models/storage/integrity.cpp" line="56"/>
        <source>a record of %1 (row %2) refers to a %3 that is not there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeChange</name>
    <message>
        <location filename="../models/storage/largechange.cpp" line="79"/>
        <source>Nothing of the change was written: its links between records could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/largechange.cpp" line="99"/>
        <source>Nothing of the change was written: record %1 of %2 would refer to a %3 that is not there (FOREIGN KEY constraint failed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterCommit</name>
    <message>
        <location filename="../models/letters/lettercommit.cpp" line="50"/>
        <source>The project already holds this letter (%1 from %2) as letter %3; it was not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercommit.cpp" line="68"/>
        <source>no provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercommit.cpp" line="71"/>
        <source>The proposals give the programme “%1” (%2) twice; correct or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercommit.cpp" line="73"/>
        <source>The proposals give the programme “%1” (%2) twice, the second time as “%3” (%4); correct or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercommit.cpp" line="87"/>
        <source>%1 (extracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercommit.cpp" line="95"/>
        <source>Proposed from the letter and not reviewed; needs a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDate</name>
    <message>
        <location filename="../models/domain/letterdate.cpp" line="32"/>
        <source>“%1”: there is no month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/letterdate.cpp" line="35"/>
        <source>“%1”: %2 has %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/letterdate.cpp" line="57"/>
        <source>“%1” is not a date; write it as 2024-05-19, 19/05/2024 or 19 May 2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterExtractor</name>
    <message>
        <location filename="../models/letters/lettercontextfigures.cpp" line="35"/>
        <source>Home Office funding awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercontextfigures.cpp" line="36"/>
        <source>Funding awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercontextfigures.cpp" line="37"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercontextfigures.cpp" line="43"/>
        <location filename="../models/letters/lettercontextfigures.cpp" line="75"/>
        <source>a figure about the area, labelled from the letter&apos;s words: check its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettercontextfigures.cpp" line="69"/>
        <source>%1 supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="133"/>
        <source>The letter&apos;s table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="136"/>
        <source>the table has no row for question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="140"/>
        <source>the row of question %1 has no cell for this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="144"/>
        <source>the table&apos;s cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="151"/>
        <source>The letter&apos;s table: “%1” adds up the programmes; it is no programme, and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="167"/>
        <source>a number under a threshold, kept back: proposed as withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="203"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="270"/>
        <source>The letter does not answer the standard request (its questions are not there): no returns are proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="293"/>
        <source>The letter says no programme is commissioned: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="299"/>
        <source>no programme&apos;s name recognised in the answer to question 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="313"/>
        <source>the letter does not answer question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="320"/>
        <source>one answer for questions %1: check it says this of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="336"/>
        <source>the letter ends inside this answer: it may be cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="345"/>
        <source>see answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="361"/>
        <source>the number of the answer to question %1, which this answer refers to: check it counts the same people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="377"/>
        <source>the budget is the amount the answer to question %1 gives: check it is the programme&apos;s whole budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="382"/>
        <source>budget given as the contribution in the answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="419"/>
        <source>budget is the whole programme&apos;s, which works with both male and female perpetrators: not for the %1 cohort alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="446"/>
        <source>operating in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="451"/>
        <source>the letter names no provider for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="471"/>
        <source>refers to the answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="476"/>
        <source>the answer speaks of other programmes, not of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="488"/>
        <location filename="../models/letters/letterextractor.cpp" line="490"/>
        <source>the letter says the programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="499"/>
        <source>the letter names several programmes: check this figure is this one&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="506"/>
        <source>the letter does not answer question 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="510"/>
        <source>the letter does not answer question 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterextractor.cpp" line="515"/>
        <source>the letter answers question %1 more than once: check this list is this programme&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterlists.cpp" line="186"/>
        <location filename="../models/letters/letterlists.cpp" line="263"/>
        <source>names read from one sentence: check each is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterlists.cpp" line="205"/>
        <source>the letter gives no answer to question 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterlists.cpp" line="207"/>
        <source>no organisation recognised in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterlists.cpp" line="208"/>
        <source>organisations recognised by name: check none is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterlists.cpp" line="252"/>
        <source>funders read from a sentence: check each name and its share or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterlists.cpp" line="267"/>
        <source>the letter gives no answer to question 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterlists.cpp" line="269"/>
        <source>no funder recognised in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterprogrammes.cpp" line="62"/>
        <source>a programme&apos;s name read from a sentence: check the name and provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterFile</name>
    <message>
        <location filename="../models/letters/letterdocx.cpp" line="28"/>
        <location filename="../models/letters/letterfile.cpp" line="57"/>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterdocx.cpp" line="32"/>
        <source>“%1” is a zip archive but not a Word document (it has no %2), so it is not a letter this version reads (text, PDF or Word .docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterdocx.cpp" line="46"/>
        <source>“%1” is a damaged Word document: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="24"/>
        <source>“%1” is not a letter this version reads (text, PDF or Word .docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="32"/>
        <source>“%1” cannot be read: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="36"/>
        <source>“%1” is a folder, not a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="37"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="41"/>
        <source>“%1” is %2, larger than the %3 a letter may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="49"/>
        <source>“%1” cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="74"/>
        <source>“%1” is empty (0 bytes): there is no letter in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterfile.cpp" line="101"/>
        <source>“%1” is a Word 97–2003 document (.doc) or an Office file protected by a password, not a letter this version reads (text, PDF or Word .docx); save it from Word as .docx without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterpdf.cpp" line="40"/>
        <source>“%1” is a damaged PDF: it cannot be opened (cut short, perhaps, or not a PDF inside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterpdf.cpp" line="46"/>
        <source>“%1” is protected by a password, so its text cannot be read; open it in a PDF reader and save a copy without the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterpdf.cpp" line="53"/>
        <source>“%1” is a damaged PDF: it has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterpdf.cpp" line="57"/>
        <source>“%1” has %2 pages, more than the %3 a letter may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/letterpdf.cpp" line="80"/>
        <source>“%1” is a scanned PDF with no text layer, so there is no text to read; run it through OCR first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../models/domain/entities.cpp" line="54"/>
        <source>Panel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/entities.cpp" line="55"/>
        <source>FOI response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterMetadata</name>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="53"/>
        <source>found in the body of the letter, not its head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="77"/>
        <source>a reference number without “FOI”: check it is the request&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="80"/>
        <source>the letter gives no reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="143"/>
        <source>the letter does not say when the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="145"/>
        <source>the letter is not dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="172"/>
        <source>the first year range the letter names; it does not say “financial year”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="177"/>
        <source>the letter names no financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="208"/>
        <source>read from “%1”: the letter never says males or females</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="212"/>
        <source>the letter asks about neither males nor females</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="219"/>
        <source>the letter speaks of males %1 times and of females %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="298"/>
        <source>Office of the Police and Crime Commissioner (area not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="299"/>
        <source>Office of the Police and Crime Commissioner for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="301"/>
        <source>the letter names the office but not its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="302"/>
        <source>the office&apos;s name is given without its area; the area is the letterhead&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="305"/>
        <source>the letter does not name the body that sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="311"/>
        <source>the area is the first the letter names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/lettermetadata.cpp" line="314"/>
        <source>the letter names none of the 43 police force areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterReading</name>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="198"/>
        <source>the answer holds a number too large to be a figure (%1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="224"/>
        <location filename="../models/letters/answerreading.cpp" line="275"/>
        <source>the letter qualifies it: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="241"/>
        <source>the sentence counts what did not happen: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="296"/>
        <source>the letter gives no answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="330"/>
        <source>see answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="357"/>
        <source>the letter gives “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="359"/>
        <source>a small number withheld? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="366"/>
        <source>the letter answers question %1 more than once (for each cohort, or in a note?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="372"/>
        <source>its sentence also speaks of people still engaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="374"/>
        <source>the answer gives several numbers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="376"/>
        <location filename="../models/letters/answerreading.cpp" line="398"/>
        <source>it also says “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="378"/>
        <source>it also refers to the answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="381"/>
        <source>it also says none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="388"/>
        <source>the amount may cover more than one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="400"/>
        <location filename="../models/letters/answerreading.cpp" line="424"/>
        <source>the letter answers question %1 more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="414"/>
        <source>withheld under section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="419"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="422"/>
        <source>the answer says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="422"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="433"/>
        <source>refers to the answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="438"/>
        <source>no amount or status recognised in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/letters/answerreading.cpp" line="439"/>
        <source>no number or status recognised in the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTableImport</name>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="155"/>
        <source>the table does not name its police force area: give it (Area, or --area NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="164"/>
        <source>the table does not name its financial year: give it (Financial year, or --year 2022/23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="168"/>
        <source>“%1” read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="174"/>
        <source>males</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="174"/>
        <source>females</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="174"/>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="176"/>
        <source>the questions ask about %1, but the cohort given is %2; the cohort given is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="181"/>
        <source>the questions do not say whether the programmes are for males or females: give the cohort (--cohort male|female|all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="194"/>
        <source>question %1 is answered again (first in row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="203"/>
        <source>this row has values but no question in its first cell; they are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="204"/>
        <source>“%1” is not a question of the standard request (1 to 10, or the evaluation link); the row&apos;s values are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="211"/>
        <source>no row answers question 1 (the programmes&apos; names): is this a letter table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="227"/>
        <source>no row answers question %1; what it asks is left not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="237"/>
        <source>column %1 has a value (“%2”) but no programme or provider above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="248"/>
        <source>%1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="249"/>
        <source>%1, sheet “%2”, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="260"/>
        <source>the programme has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="287"/>
        <source>“%1” is not a link (it starts neither with http nor with www.); no evaluation link is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/lettertableimport.cpp" line="304"/>
        <source>the table has no programme columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="104"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="123"/>
        <source>Referrals per police force area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="124"/>
        <source>Acceptance rate per police force area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="125"/>
        <source>Completion rate per police force area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="126"/>
        <source>End-to-end rate per police force area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="127"/>
        <source>Budget per police force area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="128"/>
        <source>Cost per completion per police force area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="130"/>
        <source>Referrals per 100,000 residents (%1 population): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="226"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="227"/>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="228"/>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="229"/>
        <source>End-to-end rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="230"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="231"/>
        <source>Cost per completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="232"/>
        <source>Referrals per 100,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="294"/>
        <source>no letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="295"/>
        <source>%1: no letter in this comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="349"/>
        <source>÷ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="357"/>
        <source>no population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="373"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="374"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="376"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="377"/>
        <source> (1 return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="377"/>
        <source> (%1 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="379"/>
        <source>, 1 without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="379"/>
        <source>, %1 without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="412"/>
        <source>%1 (%2, %3): 1 return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="413"/>
        <source>%1 (%2, %3): %4 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="422"/>
        <source>Dotted: some returns of the area have no number for it; a total is then a lower bound (≥), a rate is of the returns that have both numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/mapdata.cpp" line="427"/>
        <source>City of London&apos;s resident population is tiny against its daytime population: its rate per resident misleads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../models/domain/measures.cpp" line="29"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="58"/>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="59"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="60"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="74"/>
        <source>total %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="75"/>
        <location filename="../models/domain/measures.cpp" line="76"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="75"/>
        <location filename="../models/domain/measures.cpp" line="156"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="99"/>
        <source>%1 is zero, so the measure is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="100"/>
        <source>÷ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="136"/>
        <source>Acceptance rate (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="137"/>
        <source>Completion rate (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="138"/>
        <source>End-to-end rate (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="139"/>
        <source>Acceptance rate (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="140"/>
        <source>Completion rate (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="141"/>
        <source>End-to-end rate (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="142"/>
        <source>Acceptance rate (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="143"/>
        <source>Completion rate (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="144"/>
        <source>End-to-end rate (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="145"/>
        <source>Cost per referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="146"/>
        <source>Cost per acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="147"/>
        <source>Cost per completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="194"/>
        <source>no referral route applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="219"/>
        <location filename="../models/domain/measures.cpp" line="223"/>
        <location filename="../models/domain/measures.cpp" line="225"/>
        <source>total referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="221"/>
        <location filename="../models/domain/measures.cpp" line="227"/>
        <source>total accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="229"/>
        <source>total completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="37"/>
        <location filename="../models/storage/migrations.cpp" line="135"/>
        <source>Database error: %1 (in “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="89"/>
        <source>Could not store the area list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="183"/>
        <source>A figure of return %1 is “%2”, which no return has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="249"/>
        <source>A caveat of return %1 names the figure “%2”, which no return has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="381"/>
        <source>Return %1 has a damaged note, quote or quote&apos;s place for %2, so the project cannot be brought up to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="486"/>
        <source>Could not take the server&apos;s migration lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="492"/>
        <source>Could not read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="496"/>
        <source>The project was written by a newer version of DAPP Analyst (schema %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="515"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="536"/>
        <source>Could not commit the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdsSheet</name>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="253"/>
        <source>its sheet “%1” has a cell beyond the last column a sheet has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="271"/>
        <source>its sheet “%1” has a cell beyond the last row a sheet has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="273"/>
        <source>its sheet “%1” holds more than %2 cells, more than can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="298"/>
        <source>an OpenDocument text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="300"/>
        <source>an OpenDocument presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="302"/>
        <source>a document of the type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="318"/>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/odssheet.cpp" line="323"/>
        <source>it is an OpenDocument file but not a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <location filename="../models/storage/sqlitestatement.cpp" line="21"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitestatement.cpp" line="175"/>
        <source>Database error: a row of %1 values among rows of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="39"/>
        <location filename="../models/storage/projectdatabase.cpp" line="606"/>
        <source>Nothing of the change was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="211"/>
        <source>Record %1 of %2 is no longer in the database; the change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="272"/>
        <source>Someone else removed record %1 of %2; the change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="275"/>
        <source>%1 changed record %2 of %3 first; the change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="380"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="411"/>
        <source>Someone else added to record %1 of %2; the removal was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="522"/>
        <source>Could not tell the other clients of the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="254"/>
        <source>Could not read the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="75"/>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="91"/>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="99"/>
        <source>is not a share from 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="118"/>
        <source>is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="129"/>
        <source>is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="140"/>
        <source>is not one of the words a project holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="150"/>
        <location filename="../models/storage/projectreader.cpp" line="170"/>
        <source>is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="151"/>
        <source>is more than the largest figure a project holds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="164"/>
        <source>is missing, yet the quote&apos;s place is half given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="181"/>
        <source>is not a list this version writes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="187"/>
        <source>is not the figures&apos; notes and quotes as this version writes them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="205"/>
        <source>is missing, yet the figure is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="206"/>
        <source>is given, yet the figure is not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="242"/>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="245"/>
        <source>%1 has %2 as its %3, which %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="288"/>
        <source>letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="311"/>
        <source>programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="335"/>
        <source>return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectreader.cpp" line="360"/>
        <source>context figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="575"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="608"/>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitestatement.cpp" line="119"/>
        <source>Database error: %1 values for %2 parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="80"/>
        <source>the disk holding “%1” is full (%2 free; the project needs about %3). Free some space or save somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="93"/>
        <source>the folder “%1” is not there (was a drive or network folder removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="95"/>
        <source>the drive holding “%1” is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="97"/>
        <source>you may not write in the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="99"/>
        <source>the system refuses the file name “%1” (%2). Choose a shorter or plainer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="102"/>
        <source>the drive holding “%1” reports an input/output error (was it removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="185"/>
        <source>the previous version could not be kept as a backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="356"/>
        <source>Could not save to “%1”: %2 The file there was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="358"/>
        <source>Could not save to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="362"/>
        <source>that is a folder, not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectfile.cpp" line="371"/>
        <source>the project&apos;s working copy “%1” could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectJson</name>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="29"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="37"/>
        <source>expected an amount in pounds such as &quot;264244.70&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="45"/>
        <source>missing: every figure needs a value or a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="55"/>
        <source>expected a whole number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="61"/>
        <source>needs &quot;value&quot;, or a &quot;status&quot; of not_applicable, not_held, held_by_provider, withheld or not_provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="71"/>
        <source>“%1” is not a police force area code or UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="83"/>
        <source>a programme needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="110"/>
        <source>a funder needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="130"/>
        <source>“%1” is not a figure name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="162"/>
        <source>expected foi_response or panel_report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="175"/>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="180"/>
        <source>expected male, female or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="185"/>
        <source>the letter text “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectjson.cpp" line="206"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="63"/>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="160"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="161"/>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="163"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="164"/>
        <source>%1 on %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="206"/>
        <location filename="../models/storage/projectlock.cpp" line="241"/>
        <source>The lock file “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="220"/>
        <source>The lock file “%1” could not be replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectlock.cpp" line="262"/>
        <source>The lock file “%1” kept changing while it was being taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="56"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="60"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="65"/>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="70"/>
        <source>“%1” is not a DAPP Analyst project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="74"/>
        <source>“%1” is damaged: it ends inside the database header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="90"/>
        <source>“%1” is an SQLite database but not a DAPP Analyst project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="95"/>
        <source>“%1” was switched to SQLite&apos;s write-ahead log by another program; DAPP Analyst projects never use it. Run “PRAGMA journal_mode=DELETE” on it in sqlite3, then open it again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="254"/>
        <source>Could not copy the recovered working copy “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="261"/>
        <source>The unsaved edits of “%1” could not be recovered: SQLite finds the working copy damaged (%2). It was kept in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="288"/>
        <source>%1 has it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="290"/>
        <source>it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="303"/>
        <source>“%1” is open in another window: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="335"/>
        <source>“%1” could not be opened; it may be damaged (%2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="366"/>
        <source>A team database keeps every change as it is made; to keep a file of it, use File › Save a Copy As….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="381"/>
        <source>“%1” is open read-only (%2). Save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="388"/>
        <source>“%1” was not saved: %2 opened it anyway after you did, and saving would overwrite their work. Save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="394"/>
        <source>“%1” was not saved: another program replaced the file since you opened it (it changed at %2), and saving would overwrite that. Save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="405"/>
        <source>“%1” was not saved: %2 has that file open. Save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="465"/>
        <source>A team database is not replaced whole; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="80"/>
        <source>“%1” has an unfinished write from another program (%2 is beside it). Let that program finish, or open the file once in sqlite3 to recover it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="102"/>
        <source>“%1” was written by a newer version of DAPP Analyst (project schema %2; this version reads up to %3). Open it with the newer version. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="110"/>
        <source>“%1” has no project schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="151"/>
        <source>Could not open the working copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="318"/>
        <source>Could not copy “%1” to a working file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="327"/>
        <source>“%1” is damaged, so it was not opened: SQLite finds %2. Showing part of it as if it were whole could lose the rest when saved. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="330"/>
        <source> (%1 problems in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="372"/>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="431"/>
        <source>Another change is being written; this one was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="444"/>
        <source>The project changed under this edit; it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="49"/>
        <location filename="../models/storage/projectstoreteam.cpp" line="282"/>
        <source>Could not start reading the team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="54"/>
        <location filename="../models/storage/projectstoreteam.cpp" line="291"/>
        <source>Could not read the team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="102"/>
        <source>the connection to %1 was lost at %2; what was saved before is on the server. Reconnect to go on editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="136"/>
        <source>%1 may only read this team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="209"/>
        <source>Could not read the changes others made; trying again in a moment. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="214"/>
        <source>Could not read the changes others made, again; trying every %1 seconds now, or File › Reconnect reads everything. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="225"/>
        <location filename="../models/storage/projectstoreteam.cpp" line="277"/>
        <source>No team database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="319"/>
        <source>%1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="323"/>
        <source>The server gave no id for a new record; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="339"/>
        <source>The change was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="352"/>
        <source>the server refused %1 the right to change this team database at %2; what was saved before is on the server. Reconnect once the right is given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="356"/>
        <source>Nothing of the change was written, and the project is read-only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="397"/>
        <source>“%1” was not written: %2 has that file open. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="403"/>
        <source>Could not make a temporary folder for the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstoreteam.cpp" line="414"/>
        <source>Could not make the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../views/common/taskprogress.cpp" line="9"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityFlags</name>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="26"/>
        <source>%1 (%2) is more than %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="38"/>
        <source>every one accepted completed: %1 = %2 (%3); check it is not a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="69"/>
        <source>%1 is %2, but its column of the letter&apos;s table says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="71"/>
        <source>%1 is %2, but its quote does not state that number: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="86"/>
        <source>the funders&apos; shares add up to %1 %, not 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="125"/>
        <source>the budget is qualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="136"/>
        <source>the response (%1) is dated before the request was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="143"/>
        <source>the financial year “%1” is not a financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="144"/>
        <source>the financial year “%1” is stored in an old form; it reads as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="180"/>
        <source>the same programme (%1) already has a return for this area, year and cohort, from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="24"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="64"/>
        <source>%1 (note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="66"/>
        <source>%1 (quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="73"/>
        <location filename="../models/domain/recorddiff.cpp" line="90"/>
        <location filename="../models/domain/recorddiff.cpp" line="122"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="74"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="75"/>
        <source>FOI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="76"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="77"/>
        <source>Response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="78"/>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="79"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="80"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="82"/>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/recorddiff.cpp" line="82"/>
        <location filename="../models/domain/recorddiff.cpp" line="83"/>
        <source>%n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="91"/>
        <location filename="../models/domain/recorddiff.cpp" line="107"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="92"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="93"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="94"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="95"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="96"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="97"/>
        <source>Evaluation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="105"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="110"/>
        <source>Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="111"/>
        <source>Referrers (quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="112"/>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="113"/>
        <source>Funders (quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="114"/>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="115"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="123"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="124"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/recorddiff.cpp" line="125"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStamps</name>
    <message>
        <location filename="../models/storage/recordstamps.cpp" line="60"/>
        <location filename="../models/storage/recordstamps.cpp" line="84"/>
        <source>Could not read the records&apos; revisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="33"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="56"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="81"/>
        <source>Domestic Abuse Perpetrator Programmes: comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="92"/>
        <source>Summary of returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="94"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="95"/>
        <source>Data-quality flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="97"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="142"/>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportrenderer.cpp" line="165"/>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="42"/>
        <source>This chart has no drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="58"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="58"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="86"/>
        <source>No flags: no figure of these returns looks suspicious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="92"/>
        <source>No caveats qualify these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="107"/>
        <source>No letters: no returns match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="112"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="113"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="114"/>
        <location filename="../views/report/summarytable.cpp" line="24"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="115"/>
        <location filename="../views/report/summarytable.cpp" line="26"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="116"/>
        <location filename="../views/report/summarytable.cpp" line="27"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="117"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="118"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportsections.cpp" line="121"/>
        <location filename="../views/report/summarytable.cpp" line="95"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="20"/>
        <source>Self-referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="21"/>
        <source>Agency referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="22"/>
        <source>Rates, all referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="25"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="28"/>
        <location filename="../views/report/summarytable.cpp" line="31"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="29"/>
        <location filename="../views/report/summarytable.cpp" line="32"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="30"/>
        <location filename="../views/report/summarytable.cpp" line="33"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="34"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="35"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="36"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="37"/>
        <source>End to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="97"/>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="113"/>
        <source>no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="115"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="121"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="142"/>
        <source>≥ marks a partial total, a lower bound: the sum of the returns that give a number. Returns without a number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="168"/>
        <location filename="../views/report/titlepage.cpp" line="108"/>
        <source>No returns match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="180"/>
        <source>A figure the letter does not give as a number shows why, in grey italic: n/a (not applicable), not held, held by provider, withheld or not provided. It is never 0; a 0 is a zero the letter states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="183"/>
        <source>Superscript numbers refer to the Notes; after a programme&apos;s name they qualify the whole return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/summarytable.cpp" line="185"/>
        <source>Rates are over self and agency referrals together: acceptance is accepted ÷ referred, completion is completed ÷ accepted, end to end is completed ÷ referred. — marks a rate whose inputs are not all numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="20"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="21"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="21"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="90"/>
        <source>Created %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="92"/>
        <source>Creation date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="95"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="98"/>
        <source>What this report shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="101"/>
        <source>All returns of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="112"/>
        <source>Every figure is as the FOI letters give it. A figure a letter does not give as a number is shown with the reason (n/a, not held, held by provider, withheld, not provided), never as 0. Superscript numbers refer to the Notes, and the Sources list the letter behind every return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/titlepage.cpp" line="119"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../views/charts/reportcharts.cpp" line="39"/>
        <location filename="../views/charts/reportcharts.cpp" line="51"/>
        <source>[n]: a caveat, numbered as in the Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/reportcharts.cpp" line="43"/>
        <location filename="../views/charts/reportcharts.cpp" line="55"/>
        <source>Figure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnLists</name>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="75"/>
        <source>it is not JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="91"/>
        <source>it is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="106"/>
        <source>it is not written the way this version writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="116"/>
        <source>entry %1 has “%2”, which a project does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="160"/>
        <source>entry %1 has no text as its “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="238"/>
        <source>entry %1 is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="258"/>
        <source>entry %1 is not a funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="274"/>
        <source>entry %1 has an amount that is not a whole number of pence from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="284"/>
        <source>entry %1 has a share that is not from 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="304"/>
        <source>entry %1 is not a caveat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="316"/>
        <source>entry %1 does not list the figures it qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="322"/>
        <source>entry %1 names the figure “%2”, which no return has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="324"/>
        <source>(not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="376"/>
        <source>it is not a JSON object of figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="383"/>
        <source>it names the figure “%1”, which no return has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="388"/>
        <source>what it holds for %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="396"/>
        <source>%1 has “%2”, which a project does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="405"/>
        <source>%1 has no text as its “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="413"/>
        <source>%1 gives its quote&apos;s place by half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/returnlists.cpp" line="428"/>
        <source>%1 has a quote&apos;s place that is not two whole numbers from 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <location filename="../models/storage/salvage.cpp" line="105"/>
        <source>letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="110"/>
        <source>programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="115"/>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="145"/>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="149"/>
        <source>referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="151"/>
        <source>funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="155"/>
        <source>caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="158"/>
        <source>context figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="437"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="444"/>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="447"/>
        <source>return %1’s “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="447"/>
        <source>unknown figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="449"/>
        <source>return %1’s entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="459"/>
        <source>ids %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="459"/>
        <source>rows of returns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="465"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="466"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="467"/>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="554"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="605"/>
        <source>damaged page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="612"/>
        <source>none of its rows could be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="613"/>
        <source>the start of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="614"/>
        <source>the end of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="622"/>
        <source>rows between %1 and %2 could not be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="623"/>
        <source>; at most %1 of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="624"/>
        <source>; how many is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="917"/>
        <source>%1: %2 read, nothing lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="918"/>
        <source>%1: %2 read, %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="920"/>
        <source>%1: %2 read, an unknown number lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="921"/>
        <source>%1: %2 read, at least %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="923"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="938"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="942"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="950"/>
        <source>Could not create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="955"/>
        <source>“%1” cannot be read, so nothing of it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="967"/>
        <source>“%1” is not an SQLite database, so nothing of it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="971"/>
        <source>“%1” ends inside its database header, so nothing of it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="977"/>
        <source>“%1” was written by a newer version of DAPP Analyst (project schema %2; this version reads up to %3). Recover it with that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="985"/>
        <source>“%1” beside the file holds an unfinished write; it was not played back, so the file was read as it is on disk. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="989"/>
        <source>“%1” beside the file may hold changes that never reached the file; they were not read. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1001"/>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1014"/>
        <source>“%1” is damaged where it lists its tables (%2), so nothing of it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1022"/>
        <source>“%1” has no project tables left to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1023"/>
        <source>“%1” is an SQLite database but not a DAPP Analyst project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1027"/>
        <source>The file&apos;s header does not mark it as a DAPP Analyst project (it may be damaged there); its tables were read as a project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1041"/>
        <source>The file&apos;s header does not say its schema version; its tables are those of version %1, and were read as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1052"/>
        <source>Could not create the database to recover into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1081"/>
        <source>Could not write the recovered records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1086"/>
        <source>Could not bring the recovered records up to this version&apos;s schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1091"/>
        <source>Could not read the recovered records back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1096"/>
        <source>Part of the file&apos;s list of police force areas could not be read; that list is reference data this version ships, so nothing was lost with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1099"/>
        <source>The file is at project schema version %1; what was read was brought up to version %2, as opening it would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1159"/>
        <location filename="../models/storage/salvage.cpp" line="1249"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1162"/>
        <source>Lost: this figure could not be read when the project was recovered from a damaged file. It is not a number and not the letter&apos;s answer; enter it again from the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1165"/>
        <source>the figures %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1170"/>
        <source>the referrer at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1170"/>
        <source>the referrers at positions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1173"/>
        <source>the funder at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1173"/>
        <source>the funders at positions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1176"/>
        <source>the caveat at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1176"/>
        <source>the caveats at positions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1182"/>
        <source>Recovered from a damaged project file: %1 could not be read. Check the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1199"/>
        <source>the table is missing from the file&apos;s list of tables; none of its rows could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1201"/>
        <source>the table could not be read at all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1236"/>
        <source>%1 could not be read (damaged page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1245"/>
        <source>all seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1253"/>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1253"/>
        <source>entries %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1258"/>
        <source>return %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1263"/>
        <source>%1 more returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1266"/>
        <source>could not be read, so each is “not provided” (never a number) with a note, and its return has a caveat saying so: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1268"/>
        <source>could not be read, and each return that lost some has a caveat saying so: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1276"/>
        <source>rows of returns that are themselves lost could not be read either (returns %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1282"/>
        <source>the table&apos;s index is damaged too, so not every lost row could be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1284"/>
        <source>the table has no index to count its lost rows by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1286"/>
        <source>a damaged part of the table was skipped; every row its index lists was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1289"/>
        <source>rows whose values no project holds (damaged records) were left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1293"/>
        <source>dropped because their %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1300"/>
        <source>%1 rows could not be stored (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/salvage.cpp" line="1307"/>
        <source>Nothing of “%1” could be read: every table of it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <location filename="../models/storage/servererror.cpp" line="46"/>
        <source>The server refused to let your role read the project: the right to read it was taken away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="47"/>
        <source>The server refused the change: your role may only read this database, or has lost the right to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="50"/>
        <source>The server refused the change: a record it refers to was removed by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="52"/>
        <source>The server refused the change: someone else added a record with the same key meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="54"/>
        <source>The server was busy with another analyst&apos;s change to the same records; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="56"/>
        <source>The server accepts no changes: it is a read-only standby. Open the team database on its primary server to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="59"/>
        <source>The server&apos;s disk is full: nothing can be saved until whoever looks after the server makes room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="62"/>
        <source>The server is short of memory or connections; try again in a moment, or tell whoever looks after the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="66"/>
        <source>The connection to the server was lost, or the server is shutting down or starting up; reconnect when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="83"/>
        <source>(SQLSTATE %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="83"/>
        <source>(Server: %1; SQLSTATE %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/servererror.cpp" line="91"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <location filename="../models/formats/sheetgrid.cpp" line="114"/>
        <source>it holds no sheets of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/sheetgrid.cpp" line="127"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/sheetgrid.cpp" line="128"/>
        <source>it has no sheet named “%1” (its sheets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamAddress</name>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="64"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="68"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="70"/>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="71"/>
        <source>the default database on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="90"/>
        <source>The team database address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="97"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="103"/>
        <source>“%1” is not a PostgreSQL address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="149"/>
        <source>“%1” has a “;” in the value of %2, which this program cannot pass on to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="164"/>
        <source>Qt&apos;s PostgreSQL driver is not installed, so a team database cannot be opened (on Debian: apt-get install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="189"/>
        <source>The server %1 asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="191"/>
        <source>The server %1 refused the password%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="193"/>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamaddress.cpp" line="195"/>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="40"/>
        <source>The server refused “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="75"/>
        <source>Could not take the server&apos;s set-up lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="91"/>
        <source>Could not read the server&apos;s roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="111"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="121"/>
        <source>Could not commit the grants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="143"/>
        <source>Could not take the server&apos;s publishing lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="148"/>
        <source>%1 already holds records, so the project was not published there: publishing copies a project into an empty team database, and never merges. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="167"/>
        <source>Could not move the server&apos;s ids past the project&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="193"/>
        <source>%1 is not set up as a team database (it has no DAPP Analyst tables). Set it up with “dapp-analyst team-init %2”, or File › Publish to Team Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="200"/>
        <source>%1 was set up by a newer version of DAPP Analyst (schema %2; this version reads up to %3). Use the newer version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="209"/>
        <source>%1 has schema %2 and this version needs %3, but it could not be brought up to date: %4 Ask its owner to run “dapp-analyst team-init %5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="224"/>
        <source>Could not listen for others&apos; changes on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="245"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="254"/>
        <source>The server gave no new id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/teamdatabase.cpp" line="261"/>
        <source>The server gave no new id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TidyColumns</name>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="204"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="205"/>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="206"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="207"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="208"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="209"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="210"/>
        <source>Referred (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="211"/>
        <source>Accepted (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="212"/>
        <source>Completed (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="213"/>
        <source>Referred (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="214"/>
        <source>Accepted (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="215"/>
        <source>Completed (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="216"/>
        <source>Budget (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="217"/>
        <source>Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="218"/>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="219"/>
        <source>Evaluation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="220"/>
        <source>FOI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="221"/>
        <source>Response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidycolumns.cpp" line="222"/>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TidyImport</name>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="227"/>
        <source>no area is given (write Unknown when the letter does not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="236"/>
        <source>%1 read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="246"/>
        <source>no financial year is given (e.g. 2022/23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="258"/>
        <source>no cohort is given (male, female or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="259"/>
        <source>%1 is not a cohort (male, female or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="283"/>
        <source>%1 looks like one funder cut at a “;” inside its brackets; write its amount and share with a comma between (“OPCC (£5,000, 25%)”), and a “;” of a name as “\;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="306"/>
        <source>the brackets of %1 name no figure, so it is kept whole, on the whole return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="391"/>
        <source>no programme name is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="638"/>
        <source>there is nothing to import: the sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="653"/>
        <source>this row is above the header (row %1), so it is not imported (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="659"/>
        <source>columns “%1” and “%2” both name %3; remove one or map it to something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="666"/>
        <source>no column is recognised as %1 (the header row is row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="678"/>
        <source>this column is not imported (it names no field of a return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="685"/>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="686"/>
        <source>%1, sheet “%2”, row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/interchange/tidyimport.cpp" line="481"/>
        <source>the row has a value (%1) in column %2, past the last column of the header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../models/formats/workbook.cpp" line="28"/>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="32"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="32"/>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="36"/>
        <source>it is %1, larger than the %2 that can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="42"/>
        <source>it cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="47"/>
        <source>it is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="50"/>
        <source>it is an Excel 97–2003 workbook (.xls) or a workbook protected by a password; save it from the spreadsheet as .xlsx or .ods without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="54"/>
        <source>it is a PDF document, not a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="57"/>
        <source>it is text, not the zip archive an XLSX or ODS workbook is (a CSV or TSV file given the name of a workbook?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="61"/>
        <source>it is not the zip archive an XLSX or ODS workbook is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="79"/>
        <source>it is %1, not a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="85"/>
        <source>it is a Word document, not a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="87"/>
        <source>it is a PowerPoint presentation, not a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="89"/>
        <source>it is a zip archive but not a workbook: it holds neither xl/workbook.xml (XLSX) nor content.xml (ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/workbook.cpp" line="96"/>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingSession</name>
    <message>
        <location filename="../models/storage/workingsession.cpp" line="49"/>
        <source>Could not create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/workingsession.cpp" line="57"/>
        <source>Could not create the folder “%1” for the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/workingsession.cpp" line="64"/>
        <source>Could not lock the folder “%1” for the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxBook</name>
    <message>
        <location filename="../models/formats/xlsxbook.cpp" line="45"/>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxbook.cpp" line="60"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxbook.cpp" line="100"/>
        <source>writing the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxbook.cpp" line="113"/>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxbook.cpp" line="130"/>
        <source>cannot add the sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../models/formats/xlsxsheet.cpp" line="346"/>
        <source>it has no part %1, which holds its sheet “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxsheet.cpp" line="411"/>
        <source>cell %1 of sheet “%2” refers to shared string %3, which the workbook does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxsheet.cpp" line="418"/>
        <source>its sheet “%1” has a cell beyond the last row or column a sheet has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxsheet.cpp" line="421"/>
        <source>its sheet “%1” holds more than %2 cells, more than can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxsheet.cpp" line="443"/>
        <source>its sheet “%1” has a row numbered “%2”, which no sheet has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/xlsxsheet.cpp" line="452"/>
        <source>its sheet “%1” has a cell “%2”, which names no cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipContainer</name>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="81"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="83"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="84"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="98"/>
        <location filename="../models/formats/zipcontainer.cpp" line="107"/>
        <location filename="../models/formats/zipcontainer.cpp" line="126"/>
        <source>it is a damaged zip archive: its directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="111"/>
        <source>its part %1 would unpack to %2, more than the %3 allowed (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="118"/>
        <source>its parts would unpack to more than the %1 allowed (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="138"/>
        <source>it has no part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="143"/>
        <source>it is a damaged zip archive: its part %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="147"/>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="152"/>
        <source>its part %1 unpacks to more than the %2 allowed (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="161"/>
        <source>its part %1 cannot be unpacked (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="171"/>
        <source>its part %1 is damaged: it cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="179"/>
        <source>its part %1 unpacks to more than its header says (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="189"/>
        <source>its part %1 is damaged: it does not unpack to what its header says (a damaged file, or a zip bomb that understates its size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="247"/>
        <source>its part %1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/zipcontainer.cpp" line="255"/>
        <source>its part %1 ends before its XML does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::CaveatsEditor</name>
    <message>
        <location filename="../views/returnpanel/caveatseditor.cpp" line="27"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/caveatseditor.cpp" line="19"/>
        <source>Caveat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/caveatseditor.cpp" line="21"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/caveatseditor.cpp" line="30"/>
        <source>Qualifies %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/caveatseditor.cpp" line="32"/>
        <source>Tick the figures the caveat qualifies; with none ticked it qualifies the whole return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/caveatseditor.cpp" line="40"/>
        <source>Qualifies the whole return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ChartPanel</name>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="46"/>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="50"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="53"/>
        <source>What shades the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="55"/>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="56"/>
        <source>Self-referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="57"/>
        <source>Agency referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="58"/>
        <source>Which referral route the funnel and the rates count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="59"/>
        <location filename="../views/charts/chartpanel.cpp" line="62"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="60"/>
        <source>Cost per referral and per completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="61"/>
        <source>Referred, accepted, completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="63"/>
        <source>Referrals per 100,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="64"/>
        <source>Top 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="65"/>
        <source>Top 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="66"/>
        <source>All returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="67"/>
        <source>How many returns to draw; the rest are summarised in one bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="80"/>
        <source>Write the chart shown as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="260"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="261"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="275"/>
        <source>Chart not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/chartpanel.cpp" line="278"/>
        <source>Chart written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ComparisonChart</name>
    <message>
        <location filename="../views/charts/comparisonchart.cpp" line="128"/>
        <source>No returns match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/comparisonchart.cpp" line="153"/>
        <source>Thousands of pounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ComparisonExports</name>
    <message>
        <location filename="../app/comparisonexports.cpp" line="41"/>
        <source>Export &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="42"/>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="43"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="45"/>
        <source>Write the comparison shown — filters applied, rates and costs included — as XLSX or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="46"/>
        <source>Write the PDF report: summary table, charts, flags, notes and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="47"/>
        <source>See the report as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="75"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="83"/>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="84"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="89"/>
        <source>Table not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="92"/>
        <source>Wrote %1 returns to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="103"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="103"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="107"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="124"/>
        <source>Report cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="126"/>
        <source>Report not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="129"/>
        <source>Wrote a report of %1 pages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/comparisonexports.cpp" line="141"/>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ContextFiguresEditor</name>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="14"/>
        <source>Add figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="14"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="14"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="14"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="14"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="19"/>
        <source>Figures about the area that are not a programme&apos;s return, e.g. a panel report&apos;s funding award. Exported by File › Export Context Figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="56"/>
        <source>Quote: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="59"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="60"/>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="86"/>
        <source>Row %1, value: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="88"/>
        <source>Row %1: a context figure needs to say what it is. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/contextfigureseditor.cpp" line="126"/>
        <source>New figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::DocumentController</name>
    <message>
        <location filename="../app/documentcontroller.cpp" line="37"/>
        <source>DAPP Analyst projects (*.dapp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="47"/>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="48"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="49"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="50"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="51"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="52"/>
        <source>Export Con&amp;text Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="53"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="54"/>
        <source>Recover &amp;Unsaved Edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="55"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="61"/>
        <source>Open the edits a session that stopped unexpectedly never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="64"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="75"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="94"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="149"/>
        <source>Could not discard the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="150"/>
        <source>The folder “%1” could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="158"/>
        <source>Could not recover the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="163"/>
        <location filename="../app/documentcontroller.cpp" line="185"/>
        <source>%1 (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="167"/>
        <source>Recovered the unsaved edits of %1. Save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="175"/>
        <source>Reading what can be read of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="181"/>
        <source>Nothing could be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="190"/>
        <source>Recovered part of %1; see what was lost before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="191"/>
        <source>Recovered all of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="205"/>
        <source>Importing from %1: %2 returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="205"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="211"/>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="213"/>
        <source>Could not import from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="216"/>
        <source>Import %1 returns from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="218"/>
        <source>Imported %1 returns from %2 (%3 replaced, %4 skipped). Undo takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="238"/>
        <source>Could not open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="241"/>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="250"/>
        <source>Could not create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="162"/>
        <location filename="../app/documentcontroller.cpp" line="253"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="65"/>
        <source>Add returns from a CSV, TSV, XLSX or ODS file, or cells pasted from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="276"/>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="282"/>
        <source>Opened %1 read-only: %2. Save As writes a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="285"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="293"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="302"/>
        <source>Could not save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="309"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="318"/>
        <source>Project Is Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="319"/>
        <source>“%1” is open read-only (%2). Save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="335"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="347"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="348"/>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="358"/>
        <source>Exported %1 returns to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="364"/>
        <source>Exported %1 context figures to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="383"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="375"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="389"/>
        <source>Export Context Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="398"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="399"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="418"/>
        <source>Undo history cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="419"/>
        <source>%1

This undo or redo changed nothing. The undo history no longer matched the project and was cleared; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FigureDelegate</name>
    <message>
        <location filename="../views/table/figuredelegate.cpp" line="47"/>
        <source>Row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/figuredelegate.cpp" line="49"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/figuredelegate.cpp" line="77"/>
        <source>Row %1, %2: not stored, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FigureEditor</name>
    <message>
        <location filename="../views/table/figureeditor.cpp" line="31"/>
        <source>number, n/a, not held, held by provider, withheld, or empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FilterBar</name>
    <message>
        <location filename="../views/common/filterbar.cpp" line="55"/>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="56"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="57"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="58"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="59"/>
        <source>Police force areas: tick one or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="62"/>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="63"/>
        <source>Show every return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="68"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="101"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="102"/>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="106"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="107"/>
        <source>All risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="131"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/filterbar.cpp" line="133"/>
        <source>%1 areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FlagsListModel</name>
    <message>
        <location filename="../models/itemmodels/flagslistmodel.cpp" line="89"/>
        <source>%1&lt;br&gt;Press Enter or double-click to show this letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/flagslistmodel.cpp" line="90"/>
        <source>%1&lt;br&gt;Press Enter or double-click to show this return in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/flagslistmodel.cpp" line="99"/>
        <source>%1 · letter %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/flagslistmodel.cpp" line="102"/>
        <source>%1 · %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FlagsPanel</name>
    <message>
        <location filename="../views/flags/flagspanel.cpp" line="15"/>
        <source>No data-quality flags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FundersEditor</name>
    <message>
        <location filename="../views/returnpanel/funderseditor.cpp" line="11"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/funderseditor.cpp" line="11"/>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/funderseditor.cpp" line="11"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/funderseditor.cpp" line="11"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/funderseditor.cpp" line="52"/>
        <source>Row %1, amount: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/funderseditor.cpp" line="54"/>
        <source>Row %1, share: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/funderseditor.cpp" line="63"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ImportDialog</name>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="60"/>
        <location filename="../views/importing/importdialog.cpp" line="191"/>
        <source>Import Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="62"/>
        <source>Choose a CSV, TSV, XLSX or ODS file, or paste a block copied from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="63"/>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="64"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="65"/>
        <source>Read a block of cells copied from Excel or LibreOffice, with its header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="76"/>
        <source>The workbook&apos;s sheet to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="80"/>
        <source>Recognise the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="81"/>
        <source>Tidy: one row per return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="82"/>
        <source>Letter table: one column per programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="86"/>
        <source>(choose the area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="89"/>
        <source>e.g. 2022/23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="90"/>
        <source>As the questions say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="112"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="114"/>
        <source>Financial year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="116"/>
        <source>Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="118"/>
        <source>FOI reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="123"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="128"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="128"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="133"/>
        <source>Refuse the import, and list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="134"/>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="135"/>
        <source>Replace the project&apos;s figures and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="136"/>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="151"/>
        <source>How each column is read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="156"/>
        <source>Returns in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="158"/>
        <source>Errors and warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="166"/>
        <source>Returns the project already has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="169"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="192"/>
        <source>Spreadsheets and text (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="223"/>
        <source>tab-separated cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="224"/>
        <source>Pasted cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="225"/>
        <source>pasted cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="250"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="357"/>
        <source>Reading %1: %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="367"/>
        <source>reading was cancelled, so nothing can be imported; choose the file again to read it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="378"/>
        <source>As the questions say (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="379"/>
        <source>As the questions say (they do not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="390"/>
        <source>Nothing is read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="392"/>
        <source>Errors: %1; warnings: %2. Nothing can be imported until the errors are corrected in the file or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="397"/>
        <source>Ready: %1 returns to add, %2 to replace, %3 to skip; %4 new letters and %5 new programmes; %6 warnings. Import is one step that Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importing/importdialog.cpp" line="408"/>
        <source>%1 rows replace the values of a return read before them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ImportPreviewModel</name>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="48"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="50"/>
        <source>already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="51"/>
        <source>skip (already in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="52"/>
        <source>replace the project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="53"/>
        <source>add beside the project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="39"/>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="70"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="39"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="41"/>
        <source>the same as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="42"/>
        <source>skip (the same as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="43"/>
        <source>replace %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="44"/>
        <source>add beside %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="111"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importpreviewmodel.cpp" line="117"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::LetterActions</name>
    <message>
        <location filename="../app/letteractions.cpp" line="30"/>
        <source>Open &amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="31"/>
        <source>&amp;Paste Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="33"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="34"/>
        <source>Read an FOI letter (text, PDF or Word) and review the answers it proposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="35"/>
        <source>Paste a letter&apos;s text and review the answers it proposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="42"/>
        <source>Open Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="43"/>
        <source>Letters (*.txt *.pdf *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="51"/>
        <source>The letter cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="60"/>
        <source>Paste Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="62"/>
        <source>Paste the letter&apos;s text, as it stands in the e-mail or document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="64"/>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="67"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="74"/>
        <source>pasted letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="92"/>
        <source>The letter cannot be added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="93"/>
        <source>%1

Correct it in the review (your corrections are kept), or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="98"/>
        <source>The letter was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="101"/>
        <source>Add letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="104"/>
        <source>Added %1 with 1 return. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/letteractions.cpp" line="105"/>
        <source>Added %1 with %2 returns. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::LetterDetailPanel</name>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="51"/>
        <source>2024-05-19 or 19/05/2024; empty if the letter does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="52"/>
        <source>e.g. 2022/23 (2022/2023, 22/23 and FY22/23 are read too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="60"/>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="227"/>
        <source>&amp;Edit letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="62"/>
        <source>Paste or correct the letter&apos;s text; click again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="66"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="67"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="68"/>
        <source>Issuing &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="69"/>
        <source>FOI &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="70"/>
        <source>Request re&amp;ceived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="71"/>
        <source>Res&amp;ponse date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="72"/>
        <source>Financial &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="73"/>
        <source>C&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="77"/>
        <source>Context figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="157"/>
        <source>Select a letter in the navigator, or a cell in the table, to see the letter it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="182"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="196"/>
        <source>Financial year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="188"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="189"/>
        <source>Response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="227"/>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="250"/>
        <source>&amp;Keep letter text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::LetterReviewDialog</name>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="26"/>
        <source>Review Letter — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="30"/>
        <source>Check each proposal against the letter. Amber ones need a look: F8 goes to the next, Shift+F8 back, Ctrl+Return marks one right. Double-click a value to correct it. Nothing is added until you choose Add to Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="52"/>
        <source>The letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="61"/>
        <source>Proposed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="75"/>
        <source>Next to Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="76"/>
        <source>Looks Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="80"/>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="201"/>
        <source>Add to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="104"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="178"/>
        <source>&lt;b&gt;This letter is already in the project&lt;/b&gt; (letter %1: the same FOI reference from the same body, or the same text). It cannot be added twice; correct the reference if this is another letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="189"/>
        <source>Every proposal is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="190"/>
        <source>1 proposal needs a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="191"/>
        <source>%1 proposals need a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterreview/letterreviewdialog.cpp" line="202"/>
        <source>%1 of the proposals still need a look. Add the letter anyway? Each figure not checked gets a note saying it was not reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::LetterReviewModel</name>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="68"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="69"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="70"/>
        <source>FOI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="71"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="72"/>
        <source>Response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="73"/>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="74"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="75"/>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="286"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="76"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="77"/>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="78"/>
        <source>Q8 Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="79"/>
        <source>Q9 Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="82"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="133"/>
        <source>About the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="134"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="137"/>
        <source>certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="137"/>
        <source>needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="142"/>
        <source>Needs a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="142"/>
        <source>the reader was not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="143"/>
        <source>From the letter: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="185"/>
        <source>a return needs its financial year (2022/23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="194"/>
        <source>“%1” is not a cohort: write male, female or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="219"/>
        <source>a programme needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="287"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="288"/>
        <source>Proposed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/letterreviewmodel.cpp" line="289"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ListEditor</name>
    <message>
        <location filename="../views/returnpanel/listeditor.cpp" line="26"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/listeditor.cpp" line="27"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="70"/>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="167"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174"/>
        <source>Filter the returns by any text of theirs or of their letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="186"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="188"/>
        <source>&amp;About DAPP Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>Areas and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="221"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="234"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>Data-quality flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>%1 (read-only)[*] — DAPP Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="254"/>
        <source>%1[*] — DAPP Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>%1 letters · %2 returns · %3 flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::MapScene</name>
    <message>
        <location filename="../views/charts/mapscene.cpp" line="162"/>
        <source>%1 to under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/mapscene.cpp" line="168"/>
        <source>Partial: some returns without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/mapscene.cpp" line="170"/>
        <source>No number: n/a, not held, provider, withheld, not provided (hover says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/mapscene.cpp" line="172"/>
        <source>No letter in this comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/mapscene.cpp" line="252"/>
        <source>London</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/mapscene.cpp" line="271"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/mapscene.cpp" line="281"/>
        <source>Not on the map (area not known):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::NavigatorModel</name>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="115"/>
        <source>All areas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::PngSizeDialog</name>
    <message>
        <location filename="../views/charts/pngsizedialog.cpp" line="15"/>
        <source>Keep the chart&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/pngsizedialog.cpp" line="18"/>
        <source>PNG Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/pngsizedialog.cpp" line="21"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/pngsizedialog.cpp" line="34"/>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/charts/pngsizedialog.cpp" line="35"/>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::PreferencesDialog</name>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="17"/>
        <source>&amp;Keep no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="18"/>
        <source>Keep the &amp;previous version (project.dapp~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="19"/>
        <source>Keep &amp;numbered versions (project.dapp.~1~, ~2~, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="22"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="25"/>
        <source> newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="40"/>
        <source>When saving over a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="47"/>
        <source>Keep the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/preferencesdialog.cpp" line="53"/>
        <source>Backups sit beside the project file. They are hard links where the disk allows, so they take no extra space until the file changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::RecentFilesMenu</name>
    <message>
        <location filename="../views/menus/recentfilesmenu.cpp" line="15"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::RecordActions</name>
    <message>
        <location filename="../app/recordactions.cpp" line="20"/>
        <source>Add &amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="21"/>
        <source>Remove Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="22"/>
        <source>Add &amp;Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="23"/>
        <source>Remove Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="25"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="26"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="48"/>
        <source>Add Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="48"/>
        <source>FOI reference of the new letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="77"/>
        <location filename="../app/recordactions.cpp" line="87"/>
        <source>Add Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="79"/>
        <source>A programme is answered about in a letter, and this project has no letter yet. Add the letter first (Edit › Add Letter…, Ctrl+Shift+L), then its programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="82"/>
        <source>A programme is answered about in a letter. Choose the letter in “Areas and letters”, or a row of the table, then add its programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="87"/>
        <source>Name of the programme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::RecoveryDialog</name>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="18"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="19"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="21"/>
        <source>%1
%2 · last edit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="30"/>
        <source>Recover Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="31"/>
        <source>DAPP Analyst stopped before these projects were saved. Their edits were kept; recover one to open it as an untitled project with every edit, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="41"/>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="42"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="43"/>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="45"/>
        <source>Keep them; File › Recover Unsaved Edits… offers them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="48"/>
        <source>Discard Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/safety/recoverydialog.cpp" line="49"/>
        <source>The edits of the selected project that were never saved will be deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ReturnPanel</name>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="36"/>
        <source>The name of an organisation that referred people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="42"/>
        <source>&amp;Use letter selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="43"/>
        <source>Clear quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="50"/>
        <source>Referrers (Q8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="52"/>
        <source>Funders (Q9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="54"/>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="114"/>
        <source>Programme (Q1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="116"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="117"/>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="118"/>
        <source>&amp;Risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="119"/>
        <source>Au&amp;dience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="120"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="121"/>
        <source>Co&amp;verage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="122"/>
        <source>&amp;Evaluation link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="123"/>
        <source>e.g. high, standard/medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="124"/>
        <source>who it accepts, e.g. male and female perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="125"/>
        <source>where it runs, e.g. South Gloucestershire only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="126"/>
        <source>https://…, or empty when there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="142"/>
        <source>Current figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="145"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="146"/>
        <source>e.g. see answer to question 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="149"/>
        <source>Select the sentence in the letter, then Use letter selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="150"/>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="162"/>
        <source>Nothing is selected in this return&apos;s letter: select the words the figure comes from (in a table, its cell), then Use letter selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="220"/>
        <source>Select a row of the table to see its return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="221"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="226"/>
        <source> · imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="254"/>
        <source>%1 (Q%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="258"/>
        <source>Choose a figure in the table to see its note and quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/returnpanel/returnpanel.cpp" line="305"/>
        <source>A programme needs a name; it is still “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ReturnsPane</name>
    <message>
        <location filename="../views/table/returnspane.cpp" line="17"/>
        <source>Find (Ctrl+F): programme, provider, area, or words of the letter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ReturnsTableModel</name>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (question %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="146"/>
        <source>&lt;i&gt;%1&lt;/i&gt; — no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="148"/>
        <source>&lt;br&gt;Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="156"/>
        <source>&lt;br&gt;Quote: “%1” — %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="158"/>
        <source>&lt;br&gt;Quote: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="132"/>
        <source>&lt;br&gt;&lt;b&gt;Caveat:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="133"/>
        <source>&lt;br&gt;&lt;b&gt;Caveat [%1]:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="165"/>
        <source>, response of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="166"/>
        <source>&lt;br&gt;Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="245"/>
        <source>missing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="290"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="290"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="291"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="291"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="292"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="298"/>
        <source>&lt;br&gt;Of the whole return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="314"/>
        <source>%1 — answer to question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="325"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="326"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="327"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="328"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="329"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="330"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="331"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="332"/>
        <source>End to
end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="333"/>
        <source>Acceptance
(agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="334"/>
        <source>Completion
(agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="335"/>
        <source>End to end
(agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="336"/>
        <source>Acceptance
(self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="337"/>
        <source>Completion
(self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="338"/>
        <source>End to end
(self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="339"/>
        <source>Cost per
referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="340"/>
        <source>Cost per
acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="341"/>
        <source>Cost per
completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="342"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="357"/>
        <source>Row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="360"/>
        <source>%1: only figures (the six counts and the budget) can be pasted or cleared; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="363"/>
        <source>outside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="369"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="384"/>
        <source>Set 1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="384"/>
        <source>Set %1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="430"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ReturnsTableView</name>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="156"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="158"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="159"/>
        <source>&amp;Delete (not provided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="164"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="175"/>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="268"/>
        <source>The pasted text cannot be read (%1); nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="290"/>
        <source>The pasted block (%1 rows × %2 columns) does not fit in the table from the current cell; nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::T::T</name>
    <message>
        <location filename="../models/interchange/importplan.cpp" line="449"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::TableEditor</name>
    <message>
        <location filename="../views/common/tableeditor.cpp" line="29"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::TeamActions</name>
    <message>
        <location filename="../app/teamactions.cpp" line="27"/>
        <source>Open &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="28"/>
        <source>&amp;Publish to Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="29"/>
        <source>Save a Cop&amp;y As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="30"/>
        <source>&amp;Reconnect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="33"/>
        <source>Open a project several analysts share on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="34"/>
        <source>Copy this project into an empty team database, all of it or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="35"/>
        <source>Write what is open to a project file; the window stays where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="51"/>
        <source>Read-only now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="66"/>
        <source>%1 — disconnected, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="67"/>
        <source>%1 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="86"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="87"/>
        <source>%1
Password for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="89"/>
        <source>your user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="111"/>
        <source>Could not open the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="117"/>
        <source>Opened %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="118"/>
        <source>Opened %1. Every edit is saved on the server as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="125"/>
        <source>Open Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="141"/>
        <source>The project was not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="147"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="148"/>
        <source>The project is on the team database now. Open it there, so your edits go to the team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="158"/>
        <source>Publish to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="165"/>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="166"/>
        <source>DAPP Analyst projects (*.dapp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="171"/>
        <source>The copy was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="174"/>
        <source>Wrote a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="185"/>
        <source>Someone else changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="187"/>
        <source>Their change is shown now. Put yours on top of it (the fields you changed, and in a list what you added or removed; theirs kept elsewhere), or keep theirs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="189"/>
        <source>Apply &amp;Mine on Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="191"/>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="199"/>
        <source>Records you changed had been removed by someone else, and were left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="207"/>
        <source>%1 removed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="208"/>
        <source>%1 changed a record; it is marked in the table for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="209"/>
        <source>%1 changed %2 records; they are marked in the table for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::TeamConnectDialog</name>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="39"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="41"/>
        <source>default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="43"/>
        <source>dapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="44"/>
        <source>your database user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="48"/>
        <source>verify-full checks the server&apos;s certificate and name; prefer uses SSL when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="49"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="50"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="51"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="52"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="53"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="54"/>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="59"/>
        <source>As psql takes it: a postgresql:// address, “service=NAME” from your pg_service.conf, or “host=… dbname=… user=…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="66"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="68"/>
        <source>No password is kept: the server asks when it needs one, and ~/.pgpass is used as psql uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="144"/>
        <source>Name the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/team/teamconnectdialog.cpp" line="150"/>
        <source>Write a postgresql:// address, “service=NAME”, or keywords such as “host=… dbname=…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
