// The centre of the window: the find field, the returns table, and under it the line that
// says what is wrong with a figure being typed.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace dapp {

class ReturnsTableView;

class ReturnsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReturnsPane(QWidget *parent = nullptr);

    QLineEdit *search() const { return m_search; }
    ReturnsTableView *table() const { return m_table; }
    void clearProblem();

private:
    QLineEdit *m_search;
    ReturnsTableView *m_table;
    QLabel *m_problem;
};

} // namespace dapp
