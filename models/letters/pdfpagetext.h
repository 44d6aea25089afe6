// A PDF page's words, placed by their boxes, laid out as lines of text: a line per row of words,
// a TAB between words a column apart, an empty line where the page leaves a paragraph's gap.
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace dapp {

struct PlacedWord
{
    QString text;
    QRectF box; // in page points, y downwards
    bool spaceAfter = true; // the PDF puts a space after it (false: the next box goes on the word)
};

// Words whose boxes overlap vertically by half the smaller height are one line; a line's words
// go left to right, joined by a space, or by a TAB where the gap is wider than two of their average
// characters (a table's column). Within a run of lines holding a TAB (a table) the cells are put in
// the table's columns, so that a row whose first cells are empty starts with TABs; no empty line
// separates two rows. Words with a box that is not finite are dropped. No line ends the text.
QString layoutPageText(QList<PlacedWord> words);

} // namespace dapp
