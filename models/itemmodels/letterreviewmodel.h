// The proposals of an extracted letter as a table the analyst reviews and corrects before
// anything is written: the letter's metadata, then each programme's name, provider, seven
// figures, referrers and funders, each with its confidence and why. A value the analyst edits,
// or marks as right, counts as checked. Edits are read as the import reads cells (a figure is a
// number or a status word; an area one of the 43), and one that cannot be read is refused with why.
#pragma once

#include "letters/letterextraction.h"

#include <QAbstractTableModel>

namespace dapp {

class LetterReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProgrammeColumn, FieldColumn, ValueColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        NeedsLookRole = Qt::UserRole + 1, // bool
        QuoteStartRole,                   // qsizetype, -1 when the letter gives nothing for it
        QuoteLengthRole,
    };

    explicit LetterReviewModel(LetterExtraction extraction, QObject *parent = nullptr);

    const LetterExtraction &extraction() const { return m_extraction; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The analyst has looked and the proposal is right as it stands.
    void markChecked(int row);
    // The next row (after `row`, or before it when `backwards`) that still needs a look, going
    // round; -1 when none does.
    int nextNeedingALook(int row, bool backwards = false) const;
    int needingALookCount() const;

signals:
    // An edit that could not be read, with why ("“twelve-ish” is not a number or a status word").
    void editRefused(const QString &why);

private:
    enum class Kind { Area, IssuingBody, Reference, RequestReceived, ResponseDate, FinancialYear, Cohort,
                      ProgrammeName, Provider, FigureValue, Referrers, Funders, ContextValue };
    struct Row
    {
        Kind kind;
        int proposal = -1; // index into the returns, for a programme's rows (the context figures, for theirs)
        FigureField field = FigureField::SelfReferred;
    };
    Evidence &evidenceOf(const Row &row);
    const Evidence &evidenceOf(const Row &row) const;
    QString fieldName(const Row &row) const;
    QString valueText(const Row &row) const;
    bool setValueText(const Row &row, const QString &text, QString *why);
    void everyRowChanged();

    LetterExtraction m_extraction;
    QList<Row> m_rows;
};

} // namespace dapp
