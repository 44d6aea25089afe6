// Reads the readable JSON form of a project (the embedded sample is kept in it), checking each
// record and naming the place of any fault ("letters[1].returns[0].figures.self_referred").
#pragma once

#include "domain/project.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace dapp {

// `readText` returns the contents of a letter's "text_file", or nullopt when it is missing.
using LetterTextReader = std::function<std::optional<QString>(const QString &fileName)>;

std::optional<ProjectData> readProjectJson(const QByteArray &json, const LetterTextReader &readText, QString *error);

// The sample project embedded in the resources: every letter of ../shared/letters, entered.
ProjectData sampleProject();

} // namespace dapp
