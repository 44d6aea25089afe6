// The import dialog's preview: every return read from the file with its figures as they will be
// stored (a status is a word, never 0) and what the import does with it (add, replace, skip,
// keep both, refused as a duplicate).
#pragma once

#include "interchange/importplan.h"
#include "interchange/tidyimport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dapp {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        AreaColumn,
        YearColumn,
        CohortColumn,
        ProgrammeColumn,
        ProviderColumn,
        FirstFigureColumn, // then one column per figure field, budget last
        ActionColumn = FirstFigureColumn + 7,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportBatch &batch, const ImportPlan &plan, DuplicatePolicy policy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString action(const ImportedReturn &r) const;

    ImportBatch m_batch; // its returns, with their letters and programmes
    QHash<int, bool> m_duplicateRows; // sheet row → is a duplicate
    DuplicatePolicy m_policy = DuplicatePolicy::Refuse;
};

} // namespace dapp
