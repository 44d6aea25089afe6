// How far apart two texts are: the fewest characters inserted, removed or replaced to make one
// the other (Levenshtein). Names people write a little differently ("Derbyshre", "Changes
// Programme") are found near the names they meant.
#pragma once

#include <QStringView>

namespace dapp {

int editDistance(QStringView a, QStringView b);

} // namespace dapp
