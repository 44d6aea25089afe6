// The import preview: source, column mapping, returns, problems, duplicates, Import.
#include "importing/importdialog.h"
#include "domain/areas.h"
#include "interchange/importsource.h"
#include "interchange/lettertableimport.h"
#include "interchange/tidycolumns.h"
#include "interchange/tidycsv.h"
#include "common/taskprogress.h"
#include "itemmodels/importpreviewmodel.h"
#include "storage/projectstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dapp {

ImportDialog::ImportDialog(ProjectStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_source(new QLineEdit(this))
    , m_sheet(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_layout(new QComboBox(this))
    , m_letterBox(new QWidget(this))
    , m_area(new QComboBox(this))
    , m_year(new QLineEdit(this))
    , m_cohort(new QComboBox(this))
    , m_foiReference(new QLineEdit(this))
    , m_mappingBox(nullptr)
    , m_mapping(new QTableWidget(this))
    , m_duplicates(new QComboBox(this))
    , m_preview(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_import(nullptr)
{
    setWindowTitle(tr("Import Returns"));
    m_source->setReadOnly(true);
    m_source->setPlaceholderText(tr("Choose a CSV, TSV, XLSX or ODS file, or paste a block copied from a spreadsheet"));
    auto *choose = new QPushButton(tr("&Choose File…"), this);
    auto *paste = new QPushButton(tr("&Paste"), this);
    paste->setToolTip(tr("Read a block of cells copied from Excel or LibreOffice, with its header row"));
    // Enter in the dialog imports (or does nothing); it never opens the file chooser again.
    choose->setAutoDefault(false);
    paste->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(paste, &QPushButton::clicked, this, &ImportDialog::pasteClipboard);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(choose);
    sourceRow->addWidget(paste);
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheet->setToolTip(tr("The workbook's sheet to read"));
    m_sheet->hide();
    connect(m_sheet, &QComboBox::activated, this, [this] { readFile(m_path, m_sheet->currentText()); });

    m_layout->addItem(tr("Recognise the layout"), QString());
    m_layout->addItem(tr("Tidy: one row per return"), QStringLiteral("tidy"));
    m_layout->addItem(tr("Letter table: one column per programme"), QStringLiteral("letter-table"));
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    // What a letter table lacks: the area, the year, the cohort (read from the questions when
    // they say), the FOI reference.
    m_area->addItem(tr("(choose the area)"), QString());
    for (const Area &a : Areas::all())
        m_area->addItem(Areas::interchangeName(a.code), Areas::interchangeName(a.code));
    m_year->setPlaceholderText(tr("e.g. 2022/23"));
    m_cohort->addItem(tr("As the questions say"), QString());
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cohort->addItem(cohortLabel(Cohort::Male), cohortKey(Cohort::Male));
    m_cohort->addItem(cohortLabel(Cohort::Female), cohortKey(Cohort::Female));
    m_cohort->addItem(cohortLabel(Cohort::All), cohortKey(Cohort::All));
    connect(m_area, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    // Read when the field is left, or once typing pauses: each reading checks the whole file,
    // too much for every key, yet a year typed and followed by a click on Import must count.
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(400);
    connect(m_typingPause, &QTimer::timeout, this, &ImportDialog::refresh);
    for (QLineEdit *field : {m_year, m_foiReference}) {
        connect(field, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::editingFinished, this, [this] {
            m_typingPause->stop();
            refresh();
        });
    }
    auto *letterLayout = new QHBoxLayout(m_letterBox);
    letterLayout->setContentsMargins(0, 0, 0, 0);
    letterLayout->addWidget(new QLabel(tr("Area:"), m_letterBox));
    letterLayout->addWidget(m_area);
    letterLayout->addWidget(new QLabel(tr("Financial year:"), m_letterBox));
    letterLayout->addWidget(m_year);
    letterLayout->addWidget(new QLabel(tr("Cohort:"), m_letterBox));
    letterLayout->addWidget(m_cohort);
    letterLayout->addWidget(new QLabel(tr("FOI reference:"), m_letterBox));
    letterLayout->addWidget(m_foiReference);
    auto *layoutRow = new QHBoxLayout;
    layoutRow->addWidget(m_sheet);
    layoutRow->addWidget(m_detected);
    layoutRow->addWidget(new QLabel(tr("Layout:"), this));
    layoutRow->addWidget(m_layout);
    layoutRow->addWidget(m_letterBox, 1);

    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Read as")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_duplicates->addItem(tr("Refuse the import, and list them"), int(DuplicatePolicy::Refuse));
    m_duplicates->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Replace the project's figures and lists"), int(DuplicatePolicy::Replace));
    m_duplicates->addItem(tr("Keep both"), int(DuplicatePolicy::KeepBoth));
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);

    m_preview->setModel(m_model);
    m_preview->setAlternatingRowColors(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);

    auto *left = new QWidget(this);
    m_mappingBox = left;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("How each column is read:"), left));
    leftLayout->addWidget(m_mapping);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Returns in the file:"), right));
    rightLayout->addWidget(m_preview, 3);
    rightLayout->addWidget(new QLabel(tr("Errors and warnings:"), right));
    rightLayout->addWidget(m_problems, 2);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);

    auto *duplicateRow = new QFormLayout;
    duplicateRow->addRow(tr("Returns the project already has:"), m_duplicates);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(layoutRow);
    layout->addWidget(split, 1);
    layout->addLayout(duplicateRow);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1100, 640);
    refresh();
}

void ImportDialog::chooseFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Returns"), dir,
                                                      tr("Spreadsheets and text (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    readFile(path);
}

void ImportDialog::pasteClipboard() { readPastedText(QApplication::clipboard()->text()); }

void ImportDialog::readFile(const QString &path, const QString &sheet)
{
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ImportSource> source = readImportSource(path, sheet, &error);
    QGuiApplication::restoreOverrideCursor();
    m_path = path;
    m_source->setText(QDir::toNativeSeparators(path));
    m_sheet->clear();
    m_sheet->addItems(source ? source->sheets : QStringList());
    m_sheet->setCurrentText(source ? source->sheet : QString());
    m_sheet->setVisible(source && !source->sheets.isEmpty());
    m_detected->setText(source ? source->description : QString());
    m_sheetName = source ? source->sheet : QString();
    showRows(QFileInfo(path).fileName(), source ? source->rows : SheetRows(), source ? QString() : error);
}

void ImportDialog::readPastedText(const QString &text)
{
    m_path.clear();
    m_sheetName.clear();
    m_sheet->hide();
    m_detected->setText(tr("tab-separated cells"));
    m_source->setText(tr("Pasted cells"));
    showRows(tr("pasted cells"), rowsFromPastedText(text));
}

void ImportDialog::showRows(const QString &name, const SheetRows &rows, const QString &readError)
{
    m_sourceName = name;
    m_rows = rows;
    m_readError = readError;
    const qsizetype header = tidyHeaderIndex(rows);
    m_headerIndex = header < rows.size() ? int(header) : -1;
    fillMapping();
    refresh();
}

void ImportDialog::fillMapping()
{
    m_mapping->setRowCount(0);
    if (m_headerIndex < 0)
        return;
    const QStringList header = m_rows.at(m_headerIndex);
    const TidyMapping detected = mapTidyHeader(header);
    m_mapping->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(header.at(i)));
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &key : tidyCsvColumns())
            combo->addItem(tidyColumnLabel(key), key);
        QString key;
        for (auto it = detected.columnOf.cbegin(); it != detected.columnOf.cend(); ++it)
            if (it.value() == i)
                key = it.key();
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        m_mapping->setCellWidget(i, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

TidyMapping ImportDialog::currentMapping() const
{
    TidyMapping m;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
        const QString key = combo ? combo->currentData().toString() : QString();
        const QString header = m_mapping->item(i, 0) ? m_mapping->item(i, 0)->text().trimmed() : QString();
        if (key.isEmpty()) {
            if (!header.isEmpty())
                m.unused << header;
        } else if (m.columnOf.contains(key)) {
            m.clashes.append({key, m.columnOf.value(key), i});
        } else {
            m.columnOf.insert(key, i);
        }
    }
    return m;
}

void ImportDialog::setColumnMapping(const QString &header, const QString &key)
{
    for (int i = 0; i < m_mapping->rowCount(); ++i)
        if (m_mapping->item(i, 0) && m_mapping->item(i, 0)->text() == header)
            if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1)))
                combo->setCurrentIndex(std::max(0, combo->findData(key)));
}

void ImportDialog::setDuplicatePolicy(DuplicatePolicy policy) { m_duplicates->setCurrentIndex(m_duplicates->findData(int(policy))); }

void ImportDialog::setLetterTableContext(const QString &area, const QString &year, const QString &foiReference)
{
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
    m_year->setText(year);
    m_foiReference->setText(foiReference);
    refresh();
}

bool ImportDialog::readsAsLetterTable() const
{
    const QString chosen = m_layout->currentData().toString();
    return chosen.isEmpty() ? looksLikeLetterTable(m_rows) : chosen == QLatin1String("letter-table");
}

void ImportDialog::accept()
{
    // A year typed but not yet read (the pause not over, and a button that takes no focus on
    // this platform) is read now: what is imported is what the dialog shows.
    if (m_typingPause->isActive()) {
        m_typingPause->stop();
        refresh();
    }
    if (errorCount() > 0 || m_plan.added + m_plan.replaced == 0)
        return;
    QDialog::accept();
}

void ImportDialog::refresh()
{
    // A reading under a progress bar lets timers run (the typing pause): a refresh asked for
    // meanwhile runs once the reading is over, never inside it.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    const QScopedValueRollback<bool> refreshing(m_refreshing, true);
    if (m_import)
        m_import->setEnabled(false); // until this reading says there is something to import
    do {
        m_refreshAgain = false;
        readAndShow();
    } while (m_refreshAgain);
}

void ImportDialog::readAndShow()
{
    const auto policy = DuplicatePolicy(m_duplicates->currentData().toInt());
    m_batch = ImportBatch();
    m_plan = ImportPlan();
    if (!m_readError.isEmpty()) {
        ImportProblem p;
        p.message = m_readError;
        m_batch.problems << p;
    } else if (readsAsLetterTable()) {
        const QString cohortWord = m_cohort->currentData().toString();
        m_batch = readLetterTableRows(m_sourceName, m_sheetName, m_rows,
                                      {m_area->currentData().toString(), m_year->text(),
                                       cohortWord.isEmpty() ? std::nullopt : cohortFromKey(cohortWord), m_foiReference->text()});
        m_plan = planImport(m_store->data(), m_batch, policy, *m_store);
    } else if (m_headerIndex >= 0 || !m_sourceName.isEmpty()) {
        // A few thousand rows read in the blink of an eye; a large sheet takes seconds, and gets
        // a bar with Cancel (shown once it has taken half a second).
        std::optional<TaskProgress> bar;
        if (m_rows.size() >= kRowsWorthAProgressBar)
            bar.emplace(windowTitle(), tr("Reading %1: %2 rows…")
                            .arg(m_sourceName, QLocale().toString(m_rows.size() - std::max(0, m_headerIndex) - 1)),
                        this, 500);
        m_batch = readTidyRows(m_sourceName, m_sheetName, m_rows,
                               m_headerIndex >= 0 ? std::optional<TidyMapping>(currentMapping()) : std::nullopt,
                               bar ? bar->callback() : Progress());
        bar.reset();
        if (m_batch.cancelled) {
            ImportProblem p;
            p.file = m_sourceName;
            p.message = tr("reading was cancelled, so nothing can be imported; choose the file again to read it whole");
            m_batch.problems << p;
        } else {
            m_plan = planImport(m_store->data(), m_batch, policy, *m_store);
        }
    }
    const bool letterTable = readsAsLetterTable();
    m_letterBox->setVisible(letterTable);
    m_mappingBox->setVisible(!letterTable);
    if (letterTable && m_cohort->currentIndex() == 0) {
        const std::optional<Cohort> said = cohortFromQuestions(m_rows);
        m_cohort->setItemText(0, said ? tr("As the questions say (%1)").arg(cohortLabel(*said).toLower())
                                      : tr("As the questions say (they do not)"));
    }
    m_model->setPreview(m_batch, m_plan, policy);
    m_problems->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ImportProblem &p : inFileOrder(m_batch.problems, m_plan.problems))
        m_problems->addItem(new QListWidgetItem(p.isError() ? errorIcon : warningIcon, p.describe()));
    const int errors = errorCount();
    const int warnings = int(m_batch.problems.size() + m_plan.problems.size()) - errors;
    if (m_sourceName.isEmpty() && m_readError.isEmpty())
        m_summary->setText(tr("Nothing is read yet."));
    else if (errors > 0)
        m_summary->setText(tr("Errors: %1; warnings: %2. Nothing can be imported until the errors are corrected in the "
                              "file or above.")
                               .arg(errors)
                               .arg(warnings));
    else
        m_summary->setText(tr("Ready: %1 returns to add, %2 to replace, %3 to skip; %4 new letters and %5 new programmes; "
                              "%6 warnings. Import is one step that Undo takes back.")
                               .arg(m_plan.added)
                               .arg(m_plan.replaced)
                               .arg(m_plan.skipped)
                               .arg(m_plan.after.letters.size())
                               .arg(m_plan.after.programmes.size())
                               .arg(warnings)
                           // Rows that repeat a return read before them: the counts then add up to the rows.
                           + (m_plan.replacedAgain > 0
                                  ? QLatin1Char(' ')
                                        + tr("%1 rows replace the values of a return read before them.").arg(m_plan.replacedAgain)
                                  : QString()));
    m_import->setEnabled(errors == 0 && (m_plan.added + m_plan.replaced) > 0);
}

int ImportDialog::errorCount() const { return countErrors(m_batch.problems) + countErrors(m_plan.problems); }

QStringList ImportDialog::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_problems->count(); ++i)
        texts << m_problems->item(i)->text();
    return texts;
}

} // namespace dapp
