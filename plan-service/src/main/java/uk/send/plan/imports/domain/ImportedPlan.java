package uk.send.plan.imports.domain;

import java.util.List;

/**
 * Everything read from one pasted or extracted action plan: its tasks, the key of lead officers (recovery
 * plans only) and the problems to show the person importing, ordered by line.
 */
public record ImportedPlan(List<ImportedTask> tasks, List<ImportedPerson> people, List<ImportProblem> problems,
                           Format format) {

    public ImportedPlan {
        tasks = List.copyOf(tasks);
        people = List.copyOf(people);
        problems = List.copyOf(problems);
    }
}
