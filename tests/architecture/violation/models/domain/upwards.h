// A domain file that reaches up into storage: the check must refuse it.
#pragma once
#include "storage/store.h"
