// Asks the pixel size of a PNG chart, keeping the chart's shape unless told otherwise.
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace dapp {

class PngSizeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PngSizeDialog(const QSize &suggested, QWidget *parent = nullptr);
    QSize pixelSize() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QCheckBox *m_keepShape;
    double m_ratio;
};

} // namespace dapp
