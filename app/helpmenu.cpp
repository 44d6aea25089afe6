// The About box.
#include "helpmenu.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace dapp {

void showAbout(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("Help", "About DAPP Analyst"),
        QCoreApplication::translate(
            "Help",
            "<h3>DAPP Analyst %1</h3>"
            "<p>Turns Freedom of Information answers about Domestic Abuse Perpetrator Programmes into data, "
            "and compares police force areas.</p>"
            "<p><b>Reference data</b><br>"
            "Police force areas: the 43 areas of England and Wales with their ONS codes (Police Force Areas, "
            "December 2023) and governance (PCC, PFCC or mayor).<br>"
            "Populations: ONS mid-2024 estimates for police force areas (ad hoc table 3194), for rates per "
            "100,000 residents.<br>"
            "Source: Office for National Statistics licensed under the Open Government Licence v.3.0. "
            "Contains OS data © Crown copyright and database right 2023.</p>"
            "<p><b>Sample project</b><br>Five letters from Offices of Police and Crime Commissioners, as "
            "released under the Freedom of Information Act 2000.</p>"
            "<p><b>Licences</b><br>The reference data: Open Government Licence v3.0. Qt %2: LGPL v3. "
            "DAPP Analyst's own licence has not been chosen yet.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace dapp
