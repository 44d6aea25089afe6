// The item models under QAbstractItemModelTester, and edits through setData reaching the
// undo stack.
#include "editing/edits.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/returnsfilterproxy.h"
#include "itemmodels/livecomparison.h"
#include "itemmodels/returnstablemodel.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tableShowsEveryReturn();
    void everyMeasureHasAColumn();
    void statusesAreNotNumbers();
    void tooltipCarriesProvenance();
    void flagsSortByTheirCount();
    void setDataParsesAndUndoes();
    void aCorrectedNumberKeepsItsQuotesPlace();
    void setDataRefusesGarbage();
    void proxyFiltersAndSortsMissingLast();
    void navigatorTree();
    void modelsFollowStructuralEdits();

private:
    int rowOf(const QString &programme, const QString &provider) const;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<LiveComparison> m_comparison;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReturnsTableModel> m_table;
    std::unique_ptr<ReturnsFilterProxy> m_proxy;
    std::unique_ptr<NavigatorModel> m_navigator;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestItemModels::init()
{
    m_store = test::sampleStore();
    m_stack = std::make_unique<QUndoStack>();
    m_comparison = std::make_unique<LiveComparison>(m_store.get());
    m_table = std::make_unique<ReturnsTableModel>(m_comparison.get(), m_stack.get());
    m_proxy = std::make_unique<ReturnsFilterProxy>();
    m_proxy->setSourceModel(m_table.get());
    m_navigator = std::make_unique<NavigatorModel>(m_store.get());
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{m_table.get(), m_proxy.get(), m_navigator.get()})
        m_testers << new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
}

void TestItemModels::cleanup()
{
    m_testers.clear();
    m_proxy.reset();
    m_table.reset();
    m_navigator.reset();
    m_stack.reset();
    m_comparison.reset();
    m_store.reset();
}

int TestItemModels::rowOf(const QString &programme, const QString &provider) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->index(row, ReturnsTableModel::ProgrammeColumn).data().toString() == programme
            && m_table->index(row, ReturnsTableModel::ProviderColumn).data().toString() == provider)
            return row;
    }
    return -1;
}

void TestItemModels::tableShowsEveryReturn()
{
    QCOMPARE(m_table->rowCount(), int(sampleProject().returns.size()));
    QCOMPARE(m_table->columnCount(), int(ReturnsTableModel::ColumnCount));
    const int row = rowOf(QStringLiteral("Changes Program"), QStringLiteral("The Elm Foundation"));
    QVERIFY(row >= 0);
    QCOMPARE(m_table->index(row, ReturnsTableModel::AreaColumn).data().toString(), QStringLiteral("Derbyshire"));
    QCOMPARE(m_table->index(row, ReturnsTableModel::SelfReferredColumn).data().toString(), QStringLiteral("15"));
    QCOMPARE(m_table->index(row, ReturnsTableModel::BudgetColumn).data().toString(), QStringLiteral("£264,244.70"));
    QCOMPARE(m_table->index(row, ReturnsTableModel::AcceptanceRateColumn).data().toString(), QStringLiteral("73.9%"));
    QCOMPARE(m_table->headerData(ReturnsTableModel::SelfReferredColumn, Qt::Horizontal).toString(),
             QStringLiteral("Self\nreferred"));
}

void TestItemModels::everyMeasureHasAColumn()
{
    QList<MeasureId> shown;
    for (int c = 0; c < m_table->columnCount(); ++c)
        if (const auto m = ReturnsTableModel::measureOfColumn(c))
            shown << *m;
    QCOMPARE(shown.size(), qsizetype(kAllMeasures.size()));
    for (MeasureId m : kAllMeasures)
        QCOMPARE(shown.count(m), 1);
    // Leicestershire's OOCR: its self-referral figures are not held, its agency ones are given, so
    // the agency acceptance rate (94 of 138) shows while the rates over all referrals are missing.
    const int row = rowOf(QStringLiteral("Out of Court Resolutions (OOCR)"),
                          QStringLiteral("New Dawn, New Day"));
    QVERIFY(row >= 0);
    QCOMPARE(m_table->index(row, ReturnsTableModel::AgencyAcceptanceRateColumn).data().toString(), QStringLiteral("68.1%"));
    QCOMPARE(m_table->index(row, ReturnsTableModel::SelfAcceptanceRateColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(m_table->index(row, ReturnsTableModel::SelfAcceptanceRateColumn).data(ReturnsTableModel::IsMissingRole).toBool());
    QCOMPARE(m_table->headerData(ReturnsTableModel::AgencyAcceptanceRateColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Acceptance rate (agency)"));
}

void TestItemModels::statusesAreNotNumbers()
{
    const int row = rowOf(QStringLiteral("Drive"), QStringLiteral("Cranstoun"));
    QVERIFY(row >= 0);
    const QModelIndex self = m_table->index(row, ReturnsTableModel::SelfReferredColumn);
    QCOMPARE(self.data().toString(), QStringLiteral("n/a"));
    QCOMPARE(self.data(ReturnsTableModel::IsMissingRole).toBool(), true);
    QVERIFY(!self.data(ReturnsTableModel::SortRole).isValid()); // not 0
    QCOMPARE(self.data(Qt::EditRole).toString(), QStringLiteral("n/a"));
    const QModelIndex completed = m_table->index(row, ReturnsTableModel::AgencyCompletedColumn);
    QCOMPARE(completed.data(ReturnsTableModel::FigureStatusRole).toInt(), int(FigureStatus::HeldByProvider));
    const QModelIndex completion = m_table->index(row, ReturnsTableModel::CompletionRateColumn);
    QCOMPARE(completion.data().toString(), QStringLiteral("—"));
    QVERIFY(completion.data(Qt::ToolTipRole).toString().contains(QStringLiteral("held by provider")));
}

void TestItemModels::flagsSortByTheirCount()
{
    // Sorting on the text "⚠ 10" would put it before "⚠ 2".
    const QModelIndex flagged = m_table->index(rowOf(QStringLiteral("Drive"), QStringLiteral("Glow")),
                                               ReturnsTableModel::FlagsColumn);
    QCOMPARE(flagged.data().toString(), QStringLiteral("⚠ 1"));
    QCOMPARE(flagged.data(ReturnsTableModel::SortRole).typeId(), QMetaType::Int);
    QCOMPARE(flagged.data(ReturnsTableModel::SortRole).toInt(), 1);
    const QModelIndex clean = m_table->index(rowOf(QStringLiteral("Changes Program"), QStringLiteral("The Elm Foundation")),
                                             ReturnsTableModel::FlagsColumn);
    QVERIFY(!clean.data(ReturnsTableModel::SortRole).isValid());
}

void TestItemModels::tooltipCarriesProvenance()
{
    const int row = rowOf(QStringLiteral("Drive"), QStringLiteral("Cranstoun"));
    const QModelIndex referred = m_table->index(row, ReturnsTableModel::AgencyReferredColumn);
    const QString tip = referred.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("question 5")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("FOI753")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("3 females were referred")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Caveat")), qPrintable(tip));
    QVERIFY(referred.data(ReturnsTableModel::HasCaveatRole).toBool());
}

// A number typed over keeps the letter's words it came from and where they stand, so the letter
// panel still shows that very passage beside it.
void TestItemModels::aCorrectedNumberKeepsItsQuotesPlace()
{
    const int row = rowOf(QStringLiteral("Changes Program"), QStringLiteral("The Elm Foundation"));
    const QModelIndex cell = m_table->index(row, ReturnsTableModel::SelfAcceptedColumn);
    const Id rid = cell.data(ReturnsTableModel::ReturnIdRole).toLongLong();
    ProjectData before, after;
    before.returns.insert(rid, m_store->data().returns.value(rid));
    ProgrammeReturn placed = before.returns.value(rid);
    placed.figure(FigureField::SelfAccepted).setQuoteRange(TextRange{120, 37});
    after.returns.insert(rid, placed);
    QString error;
    QVERIFY2(m_store->apply(before, after, &error), qPrintable(error));
    QVERIFY(m_table->setData(cell, QStringLiteral("7")));
    const Figure edited = m_store->data().returns.value(rid).figure(FigureField::SelfAccepted);
    QCOMPARE(edited.value, 7);
    QCOMPARE(edited.quote(), placed.figure(FigureField::SelfAccepted).quote());
    QCOMPARE(edited.quoteRange(), (TextRange{120, 37}));
    m_stack->undo();
    QCOMPARE(m_store->data().returns.value(rid), placed);
}

void TestItemModels::setDataParsesAndUndoes()
{
    const int row = rowOf(QStringLiteral("Changes Program"), QStringLiteral("The Elm Foundation"));
    const QModelIndex cell = m_table->index(row, ReturnsTableModel::SelfAcceptedColumn);
    const Id rid = cell.data(ReturnsTableModel::ReturnIdRole).toLongLong();
    const Figure original = m_store->data().returns.value(rid).figure(FigureField::SelfAccepted);
    QSignalSpy changed(m_table.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_table->setData(cell, QStringLiteral("not held")));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(changed.size() >= 1);
    const Figure edited = m_store->data().returns.value(rid).figure(FigureField::SelfAccepted);
    QCOMPARE(edited.status, FigureStatus::NotHeld);
    QCOMPARE(edited.quote(), original.quote()); // provenance kept
    QCOMPARE(cell.data().toString(), QStringLiteral("not held"));
    QVERIFY(m_table->setData(m_table->index(row, ReturnsTableModel::BudgetColumn), QStringLiteral("£1,000.50")));
    QCOMPARE(m_store->data().returns.value(rid).figure(FigureField::Budget).value, 100050);
    QVERIFY(m_table->setData(m_table->index(row, ReturnsTableModel::ProgrammeColumn), QStringLiteral("Changes")));
    QCOMPARE(m_stack->count(), 3);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_store->data().returns.value(rid).figure(FigureField::SelfAccepted), original);
    QVERIFY(m_store->data() == sampleProject());
}

void TestItemModels::setDataRefusesGarbage()
{
    const QModelIndex cell = m_table->index(0, ReturnsTableModel::SelfReferredColumn);
    const ProjectData before = m_store->data();
    QVERIFY(!m_table->setData(cell, QStringLiteral("lots")));
    QVERIFY(!m_table->setData(m_table->index(0, ReturnsTableModel::AreaColumn), QStringLiteral("Kent")));
    QVERIFY(!(m_table->flags(m_table->index(0, ReturnsTableModel::AcceptanceRateColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_store->data() == before);
}

void TestItemModels::proxyFiltersAndSortsMissingLast()
{
    m_proxy->setAreaCode(QStringLiteral("E23000018"));
    QCOMPARE(m_proxy->rowCount(), 4);
    m_proxy->setAreaCode(QString());
    QCOMPARE(m_proxy->rowCount(), m_table->rowCount());
    m_proxy->sort(ReturnsTableModel::SelfReferredColumn, Qt::AscendingOrder);
    // Reported numbers in order; the not-a-number cells after them, never sorted as 0.
    QList<qint64> values;
    bool seenMissing = false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QVariant v = m_proxy->index(row, ReturnsTableModel::SelfReferredColumn).data(ReturnsTableModel::SortRole);
        if (!v.isValid()) {
            seenMissing = true;
            continue;
        }
        QVERIFY2(!seenMissing, "a number sorted after a missing value");
        values << v.toLongLong();
    }
    QVERIFY(seenMissing);
    QVERIFY(std::is_sorted(values.begin(), values.end()));
    m_proxy->setFilterFixedString(QStringLiteral("cranstoun")); // a provider named only by Avon's letter
    QCOMPARE(m_proxy->rowCount(), 1);
    // Find looks into the letters as well: Derbyshire's address is in no cell, but in its letter.
    m_proxy->setFilterFixedString(QStringLiteral("Butterley Hall"));
    QCOMPARE(m_proxy->rowCount(), 4);
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QCOMPARE(m_proxy->index(r, ReturnsTableModel::AreaColumn).data().toString(), QStringLiteral("Derbyshire"));
    m_proxy->setFilterFixedString(QStringLiteral("no letter says this"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestItemModels::navigatorTree()
{
    // All areas, Avon and Somerset, Derbyshire, Leicestershire, Unknown.
    QCOMPARE(m_navigator->rowCount(), 5);
    QVERIFY(m_navigator->index(0, 0).data().toString().startsWith(QStringLiteral("All areas")));
    const QModelIndex unknown = m_navigator->index(4, 0);
    QCOMPARE(unknown.data(NavigatorModel::AreaCodeRole).toString(), kUnknownAreaCode);
    QCOMPARE(m_navigator->rowCount(unknown), 1);
    const QModelIndex leics = m_navigator->indexOfArea(QStringLiteral("E23000021"));
    QCOMPARE(m_navigator->rowCount(leics), 2); // the FOI response and the panel report
    const QModelIndex letter = m_navigator->index(0, 0, unknown);
    QVERIFY(letter.data().toString().contains(QStringLiteral("2023-24-023")));
    QCOMPARE(m_navigator->indexOfLetter(letter.data(NavigatorModel::LetterIdRole).toLongLong()), letter);
}

void TestItemModels::modelsFollowStructuralEdits()
{
    const int rows = m_table->rowCount();
    const int areas = m_navigator->rowCount();
    Letter l;
    l.areaCode = QStringLiteral("E23000032"); // Kent: a new area in the navigator
    l.financialYear = QStringLiteral("2022/23");
    m_stack->push(addLetterCommand(m_store.get(), l).release());
    QCOMPARE(m_navigator->rowCount(), areas + 1);
    const Id letterId = m_store->data().letters.lastKey();
    m_stack->push(addProgrammeCommand(m_store.get(), letterId, QStringLiteral("New"), QString()).release());
    QCOMPARE(m_table->rowCount(), rows + 1);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_table->rowCount(), rows);
    QCOMPARE(m_navigator->rowCount(), areas);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
