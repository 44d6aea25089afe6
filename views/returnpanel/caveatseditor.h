// A return's caveats: each a text and the figures it qualifies, chosen by checkboxes (none
// ticked: the whole return).
#pragma once

#include "common/tableeditor.h"
#include "domain/entities.h"

namespace dapp {

class CaveatsEditor : public TableEditor
{
    Q_OBJECT
public:
    explicit CaveatsEditor(QWidget *parent = nullptr);

    void setCaveats(const QList<Caveat> &caveats); // does not emit edited()
    // What setCaveats() last showed: the list an edit was made over.
    QList<Caveat> shownCaveats() const { return m_shown; }
    // The edit was stored, its editor still open: the list shows what the project holds again.
    void markStored(const QList<Caveat> &list) { m_shown = list; }

signals:
    void edited(const QList<dapp::Caveat> &caveats);

protected:
    void addRow() override;
    void removeRow(int row) override;
    void rowEdited(int row) override;

private:
    QList<Caveat> readTable() const;
    void fillRow(int row, const Caveat &caveat);

    QList<Caveat> m_shown;
};

} // namespace dapp
