// Exists so that the include in domain/upwards.h names a real file.
#pragma once
