// Helpers shared by the tests: a store holding the sample project, and file hashing.
#pragma once

#include "projectjson.h"
#include "projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <memory>

namespace dapp::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A new untitled project holding the sample; fails the test when it cannot be made.
inline std::unique_ptr<ProjectStore> sampleStore()
{
    auto store = std::make_unique<ProjectStore>();
    QString error;
    if (!store->createNew(&error) || !store->replaceAll(sampleProject(), &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return store;
}

} // namespace dapp::test
