// What an import adds to a project: each row's letter (found by area, year, cohort and FOI
// reference, or new), its programme (found by area, name and provider, or new) and its return;
// a return the project already has (same area, programme, provider, year and cohort) is skipped,
// replaced, kept beside, or refused, as the user chose. The plan is one before/after slice: one
// transaction, one undo step.
#pragma once

#include "domain/project.h"
#include "interchange/importproblem.h"
#include "interchange/tidyimport.h"

#include <memory>

namespace dapp {

class ProjectStore;

enum class DuplicatePolicy { Refuse, Skip, Replace, KeepBoth };

struct ImportPlan
{
    ProjectData before; // the records the import changes, as they are (returns it replaces)
    ProjectData after;  // those records after it, and every record it adds
    // What the rows do, each row counted once: add a return, replace one of the project's,
    // are skipped, or replace the values of a return an earlier row or file of this import gave
    // or replaced (under replace). added + replaced are the returns written.
    int added = 0;
    int replaced = 0;
    int skipped = 0;
    int replacedAgain = 0;
    // A row that repeats a return the project has: its row (tidy) or column (letter table) and
    // that return.
    struct Duplicate
    {
        int row = 0;
        Id existingReturnId = 0;
        int column = 0;
    };
    QList<Duplicate> duplicates;
    // Duplicates (errors when refused), and names close to ones the project has (warnings).
    QList<ImportProblem> problems;
    bool hasErrors() const { return countErrors(problems) > 0; }
};

// `ids` hands out the new records' ids.
ImportPlan planImport(const ProjectData &project, const ImportBatch &batch, DuplicatePolicy policy, ProjectStore &ids);
ImportPlan planImport(const ProjectData &project, ImportBatch &&batch, DuplicatePolicy policy, ProjectStore &ids);

// One import of several files: each file is planned after those before it, as one import, so a
// return, letter or programme an earlier file gives is this import's own (a return repeated
// follows the duplicates choice; a detail given two ways is an error, a blank is filled; a
// near name is suggested), never "the project's". Each file's batch may be let go once added.
class ImportPlanner
{
public:
    ImportPlanner(const ProjectData &project, DuplicatePolicy policy, ProjectStore &ids);
    ~ImportPlanner();
    ImportPlanner(const ImportPlanner &) = delete;
    ImportPlanner &operator=(const ImportPlanner &) = delete;

    // Plans `batch`'s returns; the problems it finds are added at the end of plan().problems.
    void add(const ImportBatch &batch);
    // The same for a batch given up: the returns it adds are moved, not copied, and it is let go.
    void add(ImportBatch &&batch);
    const ImportPlan &plan() const;
    ImportPlan take();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace dapp
