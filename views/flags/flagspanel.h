// The data-quality flags of the whole project, listed; choosing one shows its return.
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QListWidget;

namespace dapp {

class ProjectStore;

class FlagsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlagsPanel(ProjectStore *store, QWidget *parent = nullptr);
    int count() const;

signals:
    void returnChosen(dapp::Id returnId);
    void letterChosen(dapp::Id letterId);

private:
    void refresh();

    ProjectStore *m_store;
    QListWidget *m_list;
};

} // namespace dapp
