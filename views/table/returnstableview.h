// The returns table as a spreadsheet user expects it: copy cells as tab-separated text,
// paste a block of figures (all or nothing, one undo step), Delete to clear figures.
#pragma once

#include <QTableView>

#include <optional>

class QAction;
class QMenu;

namespace dapp {

class FrozenColumns;
class ReturnsTableModel;

class ReturnsTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ReturnsTableView(QWidget *parent = nullptr);
    ~ReturnsTableView() override;

    // Area and programme stay in view while the figures scroll.
    void setModel(QAbstractItemModel *model) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QTableView *frozenView() const;
    // View › Columns: a checkable entry per column; the choice is kept with the header's state.
    QMenu *createColumnsMenu(QWidget *parent);
    // Edit › Copy, Paste and Delete for the table's cells. Their shortcuts act while the table
    // has the keyboard (not while a cell or another field is being edited).
    QList<QAction *> createEditActions(QObject *parent);

    // The source model behind the view's (proxy) model.
    void setReturnsModel(ReturnsTableModel *model) { m_returns = model; }

    // Fits columns to their contents, but no wider than about sixteen characters: long
    // programme names would push the figures off screen, and their tooltip has the rest.
    void fitColumns();

    // What the table says when it has no row (why it is empty, where to look instead).
    void setEmptyMessage(const QString &message);
    QString emptyMessage() const { return m_emptyMessage; }

    QString selectionAsText() const; // tab-separated, one line per row
    bool pasteText(const QString &text);
    bool clearSelectedFigures();

signals:
    // A paste or clear was refused; nothing changed. The message names the cell.
    void refused(const QString &message);
    // What is wrong with a figure being typed, or why it was not stored; empty when all is well.
    void editProblem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent *event) override;

private:
    // A reset of the model (rows others added or removed, a letter changed) closes every editor:
    // a figure being typed is kept and its editor opened again on the same return and column.
    void keepTypingAcrossReset();
    void resumeTypingAfterReset();
    struct OpenEdit
    {
        qint64 returnId = 0;
        int column = -1;
        QString typed;
        QString seen;
    };
    std::optional<OpenEdit> m_openEdit;

    bool applyCells(const QList<QPair<QModelIndex, QString>> &cells, const QList<QPoint> &places);

    ReturnsTableModel *m_returns = nullptr;
    FrozenColumns *m_frozen = nullptr;
    QString m_emptyMessage;
};

} // namespace dapp
