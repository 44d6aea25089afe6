// File › Import…: a CSV or TSV file (or a block pasted from a spreadsheet) in the tidy layout,
// read and checked before anything is written. The dialog shows how each column is read (and
// lets the user correct it), every return with its figures, every error and warning by row and
// column, and what to do with returns the project already has. Import is possible only when
// there is no error; it is then one undo step.
#pragma once

#include "interchange/importplan.h"
#include "interchange/tidyimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class QPushButton;
class QTableView;
class QTableWidget;

namespace dapp {

class ImportPreviewModel;
class ProjectStore;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` is read (and hands out the new records' ids); the dialog writes nothing.
    explicit ImportDialog(ProjectStore *store, QWidget *parent = nullptr);

    // `sheet`: a workbook's sheet (empty: the first).
    void readFile(const QString &path, const QString &sheet = QString());
    void readPastedText(const QString &text);

    // What Import adds and replaces; valid when accepted.
    const ImportPlan &plan() const { return m_plan; }
    const ImportBatch &batch() const { return m_batch; }
    QString sourceName() const { return m_sourceName; }
    int errorCount() const;
    QStringList problemTexts() const;
    // Picks how the column headed `header` is read ("" : not imported), as the user would.
    void setColumnMapping(const QString &header, const QString &key);
    void setDuplicatePolicy(DuplicatePolicy policy);
    // For a letter table: what it lacks, as the user would type it.
    void setLetterTableContext(const QString &area, const QString &year, const QString &foiReference);
    bool readsAsLetterTable() const;
    // Imports only what the dialog shows: a pending reading is done first, and with any error
    // (or nothing to import) the dialog stays open.
    void accept() override;

private:
    void chooseFile();
    void pasteClipboard();
    void showRows(const QString &name, const SheetRows &rows, const QString &readError = {});
    void fillMapping();
    TidyMapping currentMapping() const;
    void refresh();
    void readAndShow();
    static constexpr qsizetype kRowsWorthAProgressBar = 2000;

    ProjectStore *m_store;
    QLineEdit *m_source;
    QComboBox *m_sheet;
    QLabel *m_detected;
    QString m_path;
    QComboBox *m_layout;
    QWidget *m_letterBox;
    QComboBox *m_area;
    QLineEdit *m_year;
    QComboBox *m_cohort;
    QLineEdit *m_foiReference;
    QWidget *m_mappingBox;
    QTableWidget *m_mapping;
    QComboBox *m_duplicates;
    QTableView *m_preview;
    ImportPreviewModel *m_model;
    QListWidget *m_problems;
    QLabel *m_summary;
    QPushButton *m_import;
    QTimer *m_typingPause = nullptr;
    bool m_refreshing = false;
    bool m_refreshAgain = false;

    QString m_sourceName;
    QString m_sheetName;
    SheetRows m_rows;
    QString m_readError;
    int m_headerIndex = -1;
    ImportBatch m_batch;
    ImportPlan m_plan;
};

} // namespace dapp
