// A return's funders as a small table: name, amount, share. A change that cannot be stored
// (a share over 100 % in total, an amount that is not money) is refused with a message.
#pragma once

#include "common/tableeditor.h"
#include "domain/entities.h"

namespace dapp {

class FundersEditor : public TableEditor
{
    Q_OBJECT
public:
    enum Column { NameColumn, AmountColumn, ShareColumn };

    explicit FundersEditor(QWidget *parent = nullptr);

    void setFunders(const QList<Funder> &funders); // does not emit edited()
    // What setFunders() last showed: the list an edit was made over.
    QList<Funder> shownFunders() const { return m_shown; }
    // The edit was stored, its editor still open: the list shows what the project holds again.
    void markStored(const QList<Funder> &list) { m_shown = list; }

signals:
    void edited(const QList<dapp::Funder> &funders);

protected:
    void addRow() override;
    void removeRow(int row) override;
    void rowEdited(int row) override;

private:
    void readTable();

    QList<Funder> m_shown;
};

} // namespace dapp
