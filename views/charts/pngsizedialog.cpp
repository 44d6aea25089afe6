// Two spin boxes and a "keep shape" switch.
#include "charts/pngsizedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace dapp {

PngSizeDialog::PngSizeDialog(const QSize &suggested, QWidget *parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_keepShape(new QCheckBox(tr("Keep the chart's shape"), this))
    , m_ratio(double(suggested.height()) / std::max(1, suggested.width()))
{
    setWindowTitle(tr("PNG Size"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 16000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(suggested.width());
    m_height->setValue(suggested.height());
    m_keepShape->setChecked(true);
    connect(m_width, &QSpinBox::valueChanged, this, [this](int w) {
        if (m_keepShape->isChecked())
            m_height->setValue(int(w * m_ratio + 0.5));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(m_keepShape);
    form->addRow(buttons);
}

QSize PngSizeDialog::pixelSize() const { return QSize(m_width->value(), m_height->value()); }

} // namespace dapp
