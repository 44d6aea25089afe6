// The questions opening a project may need to ask: someone else has it open; it is damaged.
#pragma once

#include "storage/projectlock.h"

#include <QStringList>

class QWidget;

namespace dapp {

enum class LockedChoice { Cancel, ReadOnly, OpenAnyway };
// "“x.dapp” is open: Jane (jane) on PC-2, since …" with Open Read-Only, Open Anyway, Cancel.
LockedChoice askWhatToDoWhenLocked(QWidget *parent, const QString &path, const LockHolder &holder);

// The damage message, with "Recover What Can Be Read…" and Close; true for recover.
bool askToRecoverDamaged(QWidget *parent, const QString &message);

// What a recovery of a damaged file read and lost, one line a table.
void showRecoveryReport(QWidget *parent, const QString &path, const QStringList &lines, bool anythingLost);

} // namespace dapp
