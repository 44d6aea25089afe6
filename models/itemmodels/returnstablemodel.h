// The editable table of programme returns: one row per return, figures as number-or-status,
// derived rates beside them. Edits become undo commands; the model never writes SQL.
#pragma once

#include "domain/figurefield.h"
#include "domain/measures.h"
#include "domain/project.h"
#include "domain/qualityflags.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QList>

#include <optional>

class QUndoStack;

namespace dapp {

class LiveComparison;
class ProjectStore;

class ReturnsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AreaColumn,
        ProgrammeColumn,
        ProviderColumn,
        CohortColumn,
        YearColumn,
        SelfReferredColumn,
        SelfAcceptedColumn,
        SelfCompletedColumn,
        AgencyReferredColumn,
        AgencyAcceptedColumn,
        AgencyCompletedColumn,
        BudgetColumn,
        // Every measure of a return: the rates over all referrals first, then per route, then costs.
        AcceptanceRateColumn,
        CompletionRateColumn,
        EndToEndRateColumn,
        AgencyAcceptanceRateColumn,
        AgencyCompletionRateColumn,
        AgencyEndToEndRateColumn,
        SelfAcceptanceRateColumn,
        SelfCompletionRateColumn,
        SelfEndToEndRateColumn,
        CostPerReferralColumn,
        CostPerAcceptanceColumn,
        CostPerCompletionColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role {
        ReturnIdRole = Qt::UserRole + 1,
        LetterIdRole,
        AreaCodeRole,
        FigureStatusRole, // int(FigureStatus) on figure columns
        IsMissingRole,    // true where a figure or measure has no number
        HasCaveatRole,    // a caveat qualifies this cell
        SortRole,         // numbers as numbers; missing values as an invalid QVariant (sorted last)
        SearchTextRole,   // what a search looks through beyond the cells: the letter, referrers,
                          // funders, caveats, notes and quotes
        // setData only: {new text, the text the editor started from}. When someone else changed
        // the figure while it was being typed, the edit is made over what the editor saw, so
        // the store refuses it and says who changed it (never written over their value).
        EditFromSeenRole,
    };

    // Rows are the comparison's rows: its filter decides which returns the table shows.
    ReturnsTableModel(LiveComparison *comparison, QUndoStack *undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Figure cells take the text of a number or a status word; it is parsed, and a cell that
    // does not parse is refused (setData returns false) with nothing changed.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Sets many figure cells at once (a paste, or clearing a selection) as one undo step.
    // All or nothing: if any text does not parse, or a cell is not a figure, nothing changes
    // and `error` says which cell (by its place in `cells`, 1-based) and why.
    struct CellText
    {
        QModelIndex index;
        QString text;
        int blockRow = 0; // where the text stood in what was pasted, for messages
        int blockColumn = 0;
    };
    bool setFigureTexts(const QList<CellText> &cells, QString *error);

    static std::optional<FigureField> fieldOfColumn(int column);
    static std::optional<MeasureId> measureOfColumn(int column);
    static int columnOfField(FigureField field);
    Id returnIdAt(int row) const;
    int rowOfReturn(Id id) const; // -1 when absent

    // How long a row someone else just changed stays marked.
    static constexpr int kMarkedMilliseconds = 4000;
    // Who changed the return `id` a moment ago on the team database, else empty.
    QString markedBy(Id id) const { return m_markedBy.value(id); }

private:
    void onRowsChanged(const QList<int> &rows);
    void markChangedByOthers(const QString &by, const ProjectData &after);
    void clearMarks();
    void repaintMarked();
    QString figureToolTip(const ProgrammeReturn &r, FigureField field) const;
    QString caveatLines(const QStringList &caveats) const;

    LiveComparison *m_comparison;
    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QHash<Id, QString> m_markedBy; // returns others changed a moment ago, and who
    QTimer *m_unmark;
};

} // namespace dapp
