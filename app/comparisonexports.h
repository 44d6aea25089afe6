// File › Export Table…, Export Report… and Print Preview…: the comparison shown (filters
// applied) as an XLSX or CSV table, as the PDF report, or on paper. The chart itself is
// exported by the chart panel.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace dapp {

class DocumentController;
class LiveComparison;

class ComparisonExports : public QObject
{
    Q_OBJECT
public:
    ComparisonExports(DocumentController *document, QWidget *window);

    QAction *exportTableAction() const { return m_exportTable; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *printPreviewAction() const { return m_printPreview; }

    // Without a dialog (tests, and the actions once a path is chosen).
    bool exportTableTo(const QString &path, QString *error);
    bool exportReportTo(const QString &path, QString *error);

signals:
    void statusMessage(const QString &message);

private:
    void exportTable();
    void exportReport();
    void printPreview();
    QString askPath(const QString &title, const QString &fileName, const QString &filters);
    LiveComparison *comparison() const;

    DocumentController *m_document;
    QWidget *m_window;
    QAction *m_exportTable;
    QAction *m_exportReport;
    QAction *m_printPreview;
};

} // namespace dapp
