// Help › About: the version, where the reference data comes from, and the licences.
#pragma once

class QWidget;

namespace dapp {

void showAbout(QWidget *parent);

} // namespace dapp
