// The data-quality flags of the whole project, listed; choosing one shows its return.
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QListView;

namespace dapp {

class FlagsListModel;
class LiveComparison;

class FlagsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlagsPanel(LiveComparison *comparison, QWidget *parent = nullptr);
    int count() const;
    QListView *view() const { return m_view; }

signals:
    void returnChosen(dapp::Id returnId);
    void letterChosen(dapp::Id letterId);

private:
    void updateEmptyLine();

    FlagsListModel *m_model;
    QListView *m_view;
    QLabel *m_empty;
};

} // namespace dapp
