// The context figures as CSV: figures about an area that are not a programme's return (a panel
// report's funding awards, people supported), with their source, beside the tidy CSV.
#pragma once

#include "domain/project.h"

#include <QByteArray>
#include <QStringList>

namespace dapp {

const QStringList &contextCsvColumns();
// One row per context figure, by area, period and entry order; UTF-8 (with a byte-order mark
// when asked), CRLF, RFC 4180 quoting and formula protection, as the tidy CSV.
QByteArray exportContextCsv(const ProjectData &project, bool withByteOrderMark = true);

} // namespace dapp
