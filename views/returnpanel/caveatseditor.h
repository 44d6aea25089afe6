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

signals:
    void edited(const QList<dapp::Caveat> &caveats);

protected:
    void addRow() override;
    void removeRow(int row) override;
    void rowEdited(int row) override;

private:
    QList<Caveat> readTable() const;
    void fillRow(int row, const Caveat &caveat);
};

} // namespace dapp
