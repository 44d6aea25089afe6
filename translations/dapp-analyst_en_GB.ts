<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="29"/>
        <source>[--project FILE] [filters] [--strict]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="32"/>
        <source>Exit with status 1 when anything is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="38"/>
        <source>unexpected “%1”; name the project with --project FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="52"/>
        <source>%1 letters, %2 returns checked: %3 flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="58"/>
        <source>cannot write the flags to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="52"/>
        <source>DAPP Analyst %1: compare Domestic Abuse Perpetrator Programmes from FOI answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="56"/>
        <source>usage: dapp-analyst [FILE.dapp]          open the window on a project (the sample without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="58"/>
        <source>       dapp-analyst COMMAND [OPTIONS]    run a command without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="61"/>
        <location filename="../app/cli/commandline.cpp" line="76"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="63"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="64"/>
        <source>  -h, --help     Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="65"/>
        <source>  -v, --version  Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="67"/>
        <source>&apos;dapp-analyst COMMAND --help&apos; lists a command&apos;s options. To open a project file whose name is a single word, write it as ./NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="76"/>
        <source>Run &apos;dapp-analyst --help&apos; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="101"/>
        <source>unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="103"/>
        <source>the window opens one project at a time; “%1” is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="133"/>
        <source>unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="136"/>
        <source>nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="15"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="16"/>
        <source>The project file (default: the sample project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="16"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="17"/>
        <source>Only this police force area (by name; may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="17"/>
        <location filename="../app/cli/commandparser.cpp" line="21"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="18"/>
        <source>Only this financial year, e.g. 2022/23 (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="18"/>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="19"/>
        <source>Only this cohort: male, female or all (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="19"/>
        <source>COHORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="20"/>
        <source>Only this risk level (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="20"/>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="21"/>
        <source>Only this provider (may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="45"/>
        <source>usage: dapp-analyst %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="52"/>
        <source>Run &apos;dapp-analyst %1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="65"/>
        <source>%1 has no option “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="82"/>
        <source>--project needs a file name (it was empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="99"/>
        <source>--area “%1” is not a police force area; write its name as in “Avon and Somerset”, or Unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="109"/>
        <source>--cohort “%1” is not a cohort; use male, female or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="16"/>
        <source>[--project FILE] [filters] OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="19"/>
        <source>Where to write the CSV; - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="24"/>
        <source>export-csv needs the file to write (OUT.csv, or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="26"/>
        <source>unexpected “%1”; export-csv writes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="40"/>
        <source>cannot write the CSV to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="41"/>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcsvcommand.cpp" line="48"/>
        <source>Wrote %1 returns to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../models/domain/areas.cpp" line="24"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/areas.cpp" line="25"/>
        <source>Area not stated in the letter</source>
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
        <location filename="../app/cli/commandline.cpp" line="84"/>
        <source>Print the data-quality flags of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="85"/>
        <source>Write the tidy CSV of the programme returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="51"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../models/formats/csv.cpp" line="70"/>
        <source>row %1, column %2: a quoted field starts here and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../models/editing/edits.cpp" line="29"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="38"/>
        <source>Edit return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="100"/>
        <source>Edit letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="108"/>
        <source>Edit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="116"/>
        <source>Add letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="123"/>
        <source>Remove letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="144"/>
        <source>Add programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/edits.cpp" line="160"/>
        <source>Remove programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <location filename="../models/domain/figure.cpp" line="21"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="22"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="23"/>
        <location filename="../models/domain/figure.cpp" line="89"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="25"/>
        <source>held by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="26"/>
        <location filename="../models/domain/figure.cpp" line="91"/>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="27"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="88"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="90"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="92"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="153"/>
        <source>“%1” is neither a number nor a status word (n/a, not held, held by provider, withheld, or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="163"/>
        <source>“%1” is not a whole number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/figure.cpp" line="168"/>
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
    <name>Measures</name>
    <message>
        <location filename="../models/domain/measures.cpp" line="29"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="55"/>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="56"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="57"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="71"/>
        <source>total %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="72"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="72"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="93"/>
        <source>%1 is zero, so the measure is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="129"/>
        <source>Acceptance rate (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="130"/>
        <source>Completion rate (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="131"/>
        <source>End-to-end rate (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="132"/>
        <source>Acceptance rate (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="133"/>
        <source>Completion rate (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="134"/>
        <source>End-to-end rate (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="135"/>
        <source>Acceptance rate (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="136"/>
        <source>Completion rate (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="137"/>
        <source>End-to-end rate (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="138"/>
        <source>Cost per referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="139"/>
        <source>Cost per acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="140"/>
        <source>Cost per completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="177"/>
        <source>no referral route applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="202"/>
        <location filename="../models/domain/measures.cpp" line="206"/>
        <location filename="../models/domain/measures.cpp" line="208"/>
        <source>total referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="204"/>
        <location filename="../models/domain/measures.cpp" line="210"/>
        <source>total accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/measures.cpp" line="212"/>
        <source>total completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="28"/>
        <source>Database error: %1 (in “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="80"/>
        <source>Could not store the area list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="138"/>
        <source>Could not read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="142"/>
        <source>The project was written by a newer version of DAPP Analyst (schema %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="157"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="176"/>
        <source>Could not commit the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="24"/>
        <location filename="../models/storage/projectdatabase.cpp" line="36"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="53"/>
        <source>Record %1 of %2 is no longer in the database; the change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="220"/>
        <source>Unknown figure status “%1” in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="233"/>
        <source>Could not read the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="342"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectdatabase.cpp" line="350"/>
        <source>Could not save the change: %1</source>
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
    <name>ProjectStore</name>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="80"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="84"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="89"/>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="94"/>
        <source>“%1” is not a DAPP Analyst project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="98"/>
        <source>“%1” is damaged: it ends inside the database header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="114"/>
        <source>“%1” is an SQLite database but not a DAPP Analyst project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="119"/>
        <source>“%1” was switched to SQLite&apos;s write-ahead log by another program; DAPP Analyst projects never use it. Run “PRAGMA journal_mode=DELETE” on it in sqlite3, then open it again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="228"/>
        <source>“%1” could not be opened; it may be damaged (%2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="104"/>
        <source>“%1” has an unfinished write from another program (%2 is beside it). Let that program finish, or open the file once in sqlite3 to recover it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="126"/>
        <source>“%1” was written by a newer version of DAPP Analyst (project schema %2; this version reads up to %3). Open it with the newer version. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="134"/>
        <source>“%1” has no project schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="165"/>
        <source>Could not open the working copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="198"/>
        <location filename="../models/storage/projectstore.cpp" line="216"/>
        <source>Could not create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="221"/>
        <source>Could not copy “%1” to a working file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="242"/>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="255"/>
        <location filename="../models/storage/projectstore.cpp" line="262"/>
        <source>Could not save to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="275"/>
        <source>The project changed under this edit; it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityFlags</name>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="22"/>
        <source>%1 (%2) is more than %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="34"/>
        <source>every one accepted completed: %1 = %2 (%3); check it is not a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="70"/>
        <source>the budget is qualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/qualityflags.cpp" line="90"/>
        <source>the same programme (%1) already has a return for this area, year and cohort (return %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::DocumentController</name>
    <message>
        <location filename="../app/documentcontroller.cpp" line="22"/>
        <source>DAPP Analyst projects (*.dapp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="31"/>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="32"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="33"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="34"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="35"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="42"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="55"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="86"/>
        <source>Could not open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="89"/>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="98"/>
        <source>Could not create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="101"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="108"/>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="113"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="121"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="130"/>
        <source>Could not save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="136"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="149"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="163"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="164"/>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="167"/>
        <source>Exported %1 returns to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="175"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="176"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="187"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="188"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="200"/>
        <source>Undo history cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentcontroller.cpp" line="201"/>
        <source>%1

This undo or redo changed nothing. The undo history no longer matched the project and was cleared; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FigureEditor</name>
    <message>
        <location filename="../views/table/figureeditor.cpp" line="32"/>
        <source>number, n/a, not held, held by provider, withheld, or empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::FlagsPanel</name>
    <message>
        <location filename="../views/flags/flagspanel.cpp" line="40"/>
        <source>%1 · %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/flags/flagspanel.cpp" line="42"/>
        <source>Press Enter or double-click to show this return in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/flags/flagspanel.cpp" line="45"/>
        <source>No data-quality flags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::LetterDetailPanel</name>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="47"/>
        <source>YYYY-MM-DD, or empty if the letter does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="48"/>
        <source>e.g. 2022/23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="58"/>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="180"/>
        <source>&amp;Edit letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="60"/>
        <source>Paste or correct the letter&apos;s text; click again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="64"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="65"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="66"/>
        <source>Issuing &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="67"/>
        <source>FOI &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="68"/>
        <source>Request re&amp;ceived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="69"/>
        <source>Res&amp;ponse date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="70"/>
        <source>Financial &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="71"/>
        <source>C&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="123"/>
        <source>Select a letter in the navigator, or a cell in the table, to see the letter it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="131"/>
        <source>%1 (%2): &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="136"/>
        <source>&lt;b&gt;Context figures&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="155"/>
        <source>%1: “%2” is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="157"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="158"/>
        <source>Response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="160"/>
        <source>Financial year: “%1” is not in the form 2022/23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/letterpanel/letterdetailpanel.cpp" line="180"/>
        <source>&amp;Keep letter text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="52"/>
        <source>Filter returns (programme, provider, area…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="65"/>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="125"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>Areas and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>Data-quality flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>%1[*] — DAPP Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>%1 letters · %2 returns · %3 flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::NavigatorModel</name>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="112"/>
        <source>All areas (%1)</source>
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
        <location filename="../app/recordactions.cpp" line="19"/>
        <source>Add &amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="20"/>
        <source>Remove Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="21"/>
        <source>Add &amp;Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="22"/>
        <source>Remove Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="24"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="25"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="43"/>
        <source>Add Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="43"/>
        <source>FOI reference of the new letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="74"/>
        <source>Add Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="74"/>
        <source>Name of the programme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ReturnsTableModel</name>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="92"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (question %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="96"/>
        <source>&lt;i&gt;%1&lt;/i&gt; — no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="98"/>
        <source>&lt;br&gt;Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="100"/>
        <source>&lt;br&gt;Quote: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="103"/>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="167"/>
        <source>&lt;br&gt;&lt;b&gt;Caveat:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="108"/>
        <source>, response of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="109"/>
        <source>&lt;br&gt;Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="165"/>
        <source>missing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="207"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="207"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="208"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="208"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="209"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="228"/>
        <source>%1 — answer to question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="239"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="240"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="241"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="242"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="243"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="244"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="245"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="246"/>
        <source>End to
end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="247"/>
        <source>Cost per
completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="248"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="259"/>
        <source>Row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="262"/>
        <source>%1: only figures (the six counts and the budget) can be pasted or cleared; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="265"/>
        <source>outside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="271"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="286"/>
        <source>Set 1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/returnstablemodel.cpp" line="286"/>
        <source>Set %1 figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dapp::ReturnsTableView</name>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="93"/>
        <source>The pasted text cannot be read (%1); nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/table/returnstableview.cpp" line="115"/>
        <source>The pasted block (%1 rows × %2 columns) does not fit in the table from the current cell; nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
