// Shows one return's details and turns each change into one named undo step.
#include "returnpanel/returnpanel.h"
#include "domain/areas.h"
#include "returnpanel/caveatseditor.h"
#include "returnpanel/funderseditor.h"
#include "returnpanel/listeditor.h"
#include "storage/projectstore.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dapp {

ReturnPanel::ReturnPanel(ProjectStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_title(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_body(new QWidget(this))
    , m_name(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_risk(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
    , m_coverage(new QLineEdit(this))
    , m_evaluation(new QLineEdit(this))
    , m_referrers(new ListEditor(tr("The name of an organisation that referred people"), this))
    , m_funders(new FundersEditor(this))
    , m_caveats(new CaveatsEditor(this))
    , m_figureTitle(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_quote(new QPlainTextEdit(this))
    , m_useSelection(new QPushButton(tr("&Use letter selection"), this))
    , m_clearQuote(new QPushButton(tr("Clear quote"), this))
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *referrers = new QGroupBox(tr("Referrers (Q8)"), m_body);
    (new QVBoxLayout(referrers))->addWidget(m_referrers);
    auto *funders = new QGroupBox(tr("Funders (Q9)"), m_body);
    (new QVBoxLayout(funders))->addWidget(m_funders);
    auto *caveats = new QGroupBox(tr("Caveats"), m_body);
    (new QVBoxLayout(caveats))->addWidget(m_caveats);
    // Laid out for a wide dock under the table: what is checked most often comes first.
    auto *body = new QGridLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(createFigureFields(), 0, 0);
    body->addWidget(createProgrammeFields(), 0, 1);
    body->addWidget(referrers, 0, 2);
    body->addWidget(funders, 1, 0);
    body->addWidget(caveats, 1, 1, 1, 2);
    body->setRowStretch(2, 1);
    for (int c = 0; c < 3; ++c)
        body->setColumnStretch(c, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addWidget(scroll, 1);

    // Each list is edited over the list as it was shown.
    connect(m_referrers, &ListEditor::edited, this, [this](const QStringList &items) {
        const QStringList seen = m_referrers->shownItems();
        if (editReturn([&](ProgrammeReturn &r) { r.referrers = items; }, [&](ProgrammeReturn &r) { r.referrers = seen; },
                       ReturnPart::Referrers))
            m_referrers->markStored(items);
        else
            refreshSoon();
    });
    connect(m_funders, &FundersEditor::edited, this, [this](const QList<Funder> &list) {
        const QList<Funder> seen = m_funders->shownFunders();
        if (editReturn([&](ProgrammeReturn &r) { r.funders = list; }, [&](ProgrammeReturn &r) { r.funders = seen; },
                       ReturnPart::Funders))
            m_funders->markStored(list);
        else
            refreshSoon();
    });
    connect(m_caveats, &CaveatsEditor::edited, this, [this](const QList<Caveat> &list) {
        const QList<Caveat> seen = m_caveats->shownCaveats();
        if (editReturn([&](ProgrammeReturn &r) { r.caveats = list; }, [&](ProgrammeReturn &r) { r.caveats = seen; },
                       ReturnPart::Caveats))
            m_caveats->markStored(list);
        else
            refreshSoon();
    });
    // A list's refill put off while its editor was open.
    connect(m_referrers, &ListEditor::editingEnded, this, &ReturnPanel::refresh);
    connect(m_funders, &TableEditor::editingEnded, this, &ReturnPanel::refresh);
    connect(m_caveats, &TableEditor::editingEnded, this, &ReturnPanel::refresh);
    connect(m_store, &ProjectStore::changed, this, &ReturnPanel::refresh);
    connect(m_store, &ProjectStore::reset, this, &ReturnPanel::refresh);
    connect(m_store, &ProjectStore::accessChanged, this, &ReturnPanel::refresh);
    refresh();
}

QWidget *ReturnPanel::createProgrammeFields()
{
    auto *box = new QGroupBox(tr("Programme (Q1)"), m_body);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Pro&vider:"), m_provider);
    form->addRow(tr("&Risk level:"), m_risk);
    form->addRow(tr("Au&dience:"), m_audience);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("Co&verage:"), m_coverage);
    form->addRow(tr("&Evaluation link:"), m_evaluation);
    m_risk->setPlaceholderText(tr("e.g. high, standard/medium"));
    m_audience->setPlaceholderText(tr("who it accepts, e.g. male and female perpetrators"));
    m_coverage->setPlaceholderText(tr("where it runs, e.g. South Gloucestershire only"));
    m_evaluation->setPlaceholderText(tr("https://…, or empty when there is none"));
    for (QLineEdit *edit : {m_name, m_provider, m_risk, m_audience, m_scope, m_coverage, m_evaluation})
        connect(edit, &QLineEdit::editingFinished, this, &ReturnPanel::commitProgramme);
    // Names for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("programmeName"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_risk->setObjectName(QStringLiteral("riskLevel"));
    m_audience->setObjectName(QStringLiteral("audience"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_evaluation->setObjectName(QStringLiteral("evaluationUrl"));
    return box;
}

QWidget *ReturnPanel::createFigureFields()
{
    auto *box = new QGroupBox(tr("Current figure"), m_body);
    auto *form = new QFormLayout(box);
    form->addRow(m_figureTitle);
    form->addRow(tr("N&ote:"), m_note);
    m_note->setPlaceholderText(tr("e.g. see answer to question 2"));
    m_quote->setReadOnly(true);
    m_quote->setMaximumHeight(70);
    m_quote->setPlaceholderText(tr("Select the sentence in the letter, then Use letter selection."));
    form->addRow(tr("Quote:"), m_quote);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useSelection);
    buttons->addWidget(m_clearQuote);
    buttons->addStretch();
    form->addRow(buttons);
    connect(m_note, &QLineEdit::editingFinished, this, &ReturnPanel::commitNote);
    m_note->setObjectName(QStringLiteral("figureNote"));
    m_useSelection->setObjectName(QStringLiteral("useLetterSelection"));
    connect(m_useSelection, &QPushButton::clicked, this, [this] {
        const QString selected = m_quoteSource ? m_quoteSource().trimmed() : QString();
        if (selected.isEmpty()) {
            showProblem(tr("Nothing is selected in this return's letter: select the words the figure comes from "
                           "(in a table, its cell), then Use letter selection."));
            return;
        }
        setQuote(selected);
    });
    connect(m_clearQuote, &QPushButton::clicked, this, [this] { setQuote(QString()); });
    return box;
}

QString ReturnPanel::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

ReturnPanel::~ReturnPanel()
{
    for (QLineEdit *edit : {m_name, m_provider, m_risk, m_audience, m_scope, m_coverage, m_evaluation, m_note})
        disconnect(edit, nullptr, this, nullptr);
    for (QWidget *list : std::initializer_list<QWidget *>{m_referrers, m_funders, m_caveats})
        disconnect(list, nullptr, this, nullptr);
}

void ReturnPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ReturnPanel::showReturn(Id returnId, std::optional<FigureField> field)
{
    if (returnId == m_returnId && field == m_field)
        return;
    showProblem(QString());
    // Typing not committed belonged to the return or figure shown before.
    for (QLineEdit *edit : {m_name, m_provider, m_risk, m_audience, m_scope, m_coverage, m_evaluation, m_note})
        ShownFields::done(edit);
    m_returnId = returnId;
    m_field = field;
    refresh();
}

void ReturnPanel::refreshSoon()
{
    // Not inside the list's own itemChanged: its rows are refilled once that has returned.
    QMetaObject::invokeMethod(this, &ReturnPanel::refresh, Qt::QueuedConnection);
}

void ReturnPanel::refresh()
{
    const ProjectData &project = m_store->data();
    if (!project.returns.contains(m_returnId))
        m_returnId = 0;
    const ProgrammeReturn r = project.returns.value(m_returnId);
    const Programme p = project.programmes.value(r.programmeId);
    const Letter l = project.letters.value(r.letterId);
    m_refreshing = true;
    m_body->setEnabled(m_returnId != 0);
    m_title->setText(m_returnId == 0 ? tr("Select a row of the table to see its return.")
                                     : tr("<b>%1</b><br>%2 %3 · %4")
                                           .arg(returnTitle(project, m_returnId).toHtmlEscaped(), l.financialYear.toHtmlEscaped(),
                                                cohortLabel(l.cohort).toHtmlEscaped(),
                                                (l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference).toHtmlEscaped())
                                         + (r.source.isEmpty() ? QString()
                                                               : tr(" · imported from %1").arg(r.source.toHtmlEscaped())));
    const std::pair<QLineEdit *, QString> fields[] = {
        {m_name, p.name},         {m_provider, p.provider}, {m_risk, p.riskLevel},           {m_audience, p.audience},
        {m_scope, p.scope},       {m_coverage, p.coverage}, {m_evaluation, p.evaluationUrl},
    };
    // A viewer on a team database, or a project opened read-only, reads all of it and changes none.
    const bool editable = m_store->canChange();
    for (const auto &[edit, text] : fields) {
        m_shown.show(edit, text);
        ShownFields::setEditable(edit, editable);
    }
    m_referrers->setEditable(editable);
    m_funders->setEditable(editable);
    m_caveats->setEditable(editable);
    // A list whose editor is open is refilled when it closes (editingEnded).
    if (!m_referrers->isEditing())
        m_referrers->setItems(r.referrers);
    if (!m_funders->isEditing())
        m_funders->setFunders(r.funders);
    if (!m_caveats->isEditing())
        m_caveats->setCaveats(r.caveats);
    const bool hasFigure = m_returnId != 0 && m_field.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_note, m_quote})
        w->setEnabled(hasFigure);
    ShownFields::setEditable(m_note, editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_useSelection, m_clearQuote})
        w->setEnabled(hasFigure && editable);
    const Figure figure = hasFigure ? r.figure(*m_field) : Figure{};
    m_figureTitle->setText(hasFigure ? tr("%1 (Q%2): %3")
                                           .arg(fieldLabel(*m_field))
                                           .arg(questionNumber(*m_field))
                                           .arg(formatFigure(figure, figureKind(*m_field)))
                                     : tr("Choose a figure in the table to see its note and quote."));
    m_shown.show(m_note, figure.note());
    if (m_quote->toPlainText() != figure.quote())
        m_quote->setPlainText(figure.quote());
    m_refreshing = false;
}

bool ReturnPanel::editReturn(const std::function<void(ProgrammeReturn &)> &change,
                             const std::function<void(ProgrammeReturn &)> &asSeen, ReturnPart part)
{
    if (m_refreshing || m_returnId == 0)
        return false;
    const ProgrammeReturn now = m_store->data().returns.value(m_returnId);
    ProgrammeReturn updated = now;
    change(updated);
    ProgrammeReturn seen = now;
    asSeen(seen);
    std::unique_ptr<EditCommand> command = editReturnPartCommand(m_store, updated, part, seen);
    if (!command)
        return false;
    m_undoStack->push(command.release()); // a refused command is dropped at once (obsolete)
    return m_store->data().returns.value(m_returnId) == updated;
}

void ReturnPanel::commitProgramme()
{
    if (m_refreshing || m_returnId == 0)
        return;
    const ProgrammeReturn r = m_store->data().returns.value(m_returnId);
    const Programme now = m_store->data().programmes.value(r.programmeId);
    // Only the fields typed in change, each over what it showed (edits.h's `seen`).
    Programme seen = now;
    Programme updated = now;
    const std::pair<QLineEdit *, QString Programme::*> fields[] = {
        {m_name, &Programme::name},         {m_provider, &Programme::provider}, {m_risk, &Programme::riskLevel},
        {m_audience, &Programme::audience}, {m_scope, &Programme::scope},       {m_coverage, &Programme::coverage},
        {m_evaluation, &Programme::evaluationUrl},
    };
    for (const auto &[edit, member] : fields) {
        if (m_shown.typed(edit)) {
            seen.*member = m_shown.seen(edit);
            updated.*member = edit->text().trimmed();
        }
        ShownFields::done(edit);
    }
    if (updated.name.isEmpty()) {
        m_name->setText(now.name);
        showProblem(tr("A programme needs a name; it is still “%1”.").arg(now.name));
        return;
    }
    showProblem(QString());
    if (auto command = editProgrammeOfReturnCommand(m_store, m_returnId, updated, seen))
        m_undoStack->push(command.release());
    refresh(); // what is stored, also when the edit was refused
}

void ReturnPanel::commitNote()
{
    if (!m_field)
        return;
    const bool typed = m_shown.typed(m_note);
    const QString seen = m_shown.seen(m_note);
    const QString note = m_note->text().trimmed();
    ShownFields::done(m_note);
    if (!typed)
        return;
    const FigureField field = *m_field;
    editReturn([&](ProgrammeReturn &r) { r.figure(field).setNote(note); },
               [&](ProgrammeReturn &r) { r.figure(field).setNote(seen); }, ReturnPart::FigureNote);
    refresh(); // what is stored, also when the edit was refused
}

void ReturnPanel::setQuote(const QString &quote)
{
    if (!m_field)
        return;
    showProblem(QString());
    // Chosen by a click over the quote shown, which every change refreshes: made over it as it is now.
    const FigureField field = *m_field;
    editReturn([&](ProgrammeReturn &r) { r.figure(field).setQuote(quote); }, [](ProgrammeReturn &) {},
               ReturnPart::FigureQuote);
}

} // namespace dapp
