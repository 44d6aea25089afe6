// The returns table as a spreadsheet user expects it: copy cells as tab-separated text,
// paste a block of figures (all or nothing, one undo step), Delete to clear figures.
#pragma once

#include <QTableView>

namespace dapp {

class ReturnsTableModel;

class ReturnsTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ReturnsTableView(QWidget *parent = nullptr);

    // The source model behind the view's (proxy) model.
    void setReturnsModel(ReturnsTableModel *model) { m_returns = model; }

    // Fits columns to their contents, but no wider than about sixteen characters: long
    // programme names would push the figures off screen, and their tooltip has the rest.
    void fitColumns();

    QString selectionAsText() const; // tab-separated, one line per row
    bool pasteText(const QString &text);
    bool clearSelectedFigures();

signals:
    // A paste or clear was refused; nothing changed. The message names the cell.
    void refused(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool applyCells(const QList<QPair<QModelIndex, QString>> &cells, const QList<QPoint> &places);

    ReturnsTableModel *m_returns = nullptr;
};

} // namespace dapp
