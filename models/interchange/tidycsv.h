// The tidy interchange CSV of PRODUCT.md: one row per programme return, one cell per figure.
#pragma once

#include "domain/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dapp {

// The columns, in the order export writes them.
const QStringList &tidyCsvColumns();

// One row of cells (unprotected text) for a return.
QStringList tidyCsvRow(const ProjectData &project, const ProgrammeReturn &r);
// The whole file: UTF-8 with a byte-order mark (which Excel needs to read UTF-8; leave it out
// for a pipe), CRLF line ends, RFC 4180 quoting and formula-injection protection.
QByteArray exportTidyCsv(const ProjectData &project, bool withByteOrderMark = true);

// How a caveat is written in the caveats cell: its text, then the figures it qualifies in
// brackets ("covers all crime types, not just DA [agency_referred agency_accepted]").
QString formatCaveat(const Caveat &caveat);

} // namespace dapp
