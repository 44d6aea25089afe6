// The project's quality flags as a list: letters' flags first, then returns', in id order.
// It follows the live comparison edit by edit, replacing only the flags that changed, so a
// project of 100,000 returns is not relisted for every figure typed.
#pragma once

#include "domain/entities.h"
#include "domain/qualityflags.h"
#include "domain/qualityflagindex.h"

#include <QAbstractListModel>
#include <QList>

namespace dapp {

class LiveComparison;

class FlagsListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ReturnIdRole = Qt::UserRole + 1, // 0 for a letter's flag
        LetterIdRole,
    };

    explicit FlagsListModel(LiveComparison *comparison, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const QualityFlag &flagAt(int row) const { return m_flags.at(row); }

private:
    static constexpr qsizetype kRecordsReplacedInPlace = 64;
    void relist();
    void onFlagsChanged(const QualityFlagIndex::Change &change);
    // Replaces the rows of one letter (returnId 0) or one return with `flags`.
    void replace(bool ofReturn, Id id, const QList<QualityFlag> &flags);

    LiveComparison *m_comparison;
    QList<QualityFlag> m_flags;
};

} // namespace dapp
