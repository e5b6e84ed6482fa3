package uk.send.plan.imports.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a tracker's header row: which column holds the task, the deliverable, the action, and so on,
 * by the names and synonyms LAs use for them ("Owner", "Responsible officer", "Due date", "By when",
 * "Measure of success", ...). Unknown columns (notes, comments, budget) are left alone. A workstream is a
 * task; when a header names two task columns ("Workstream | Task"), the first is the phase they belong to.
 */
final class TrackerColumns {

    /** What a tracker column holds. */
    enum Role { PHASE, REF, TASK, DELIVERABLE, ACTION, CRITERION, DEADLINE, LEAD, LEAD_NAME, RAG, STATUS }

    private static final java.util.regex.Pattern NOT_NAME = java.util.regex.Pattern.compile("[^a-z0-9#]+");

    final Map<Role, Integer> columns;

    private TrackerColumns(Map<Role, Integer> columns) {
        this.columns = columns;
    }

    /**
     * The roles of a header row, if it looks like a tracker's: at least three recognised columns, one of them
     * a deliverable, an action or a task, and one a deadline or a lead.
     */
    static Optional<TrackerColumns> of(List<String> header) {
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        for (int i = 0; i < header.size(); i++) {
            Role role = role(header.get(i));
            if (role == Role.TASK && roles.containsKey(Role.TASK) && !roles.containsKey(Role.PHASE)) {
                // "Workstream | Task | ...": the broader grouping comes first and is the phase.
                roles.put(Role.PHASE, roles.get(Role.TASK));
                roles.put(Role.TASK, i);
            } else if (role != null && !roles.containsKey(role)) {
                roles.put(role, i);
            }
        }
        boolean body = roles.containsKey(Role.DELIVERABLE) || roles.containsKey(Role.ACTION) || roles.containsKey(Role.TASK);
        boolean when = roles.containsKey(Role.DEADLINE) || roles.containsKey(Role.LEAD);
        return roles.size() >= 3 && body && when ? Optional.of(new TrackerColumns(roles)) : Optional.empty();
    }

    String cell(SourceTable.Row row, Role role) {
        Integer index = columns.get(role);
        return index == null ? "" : row.rawCell(index).strip();
    }

    boolean has(Role role) {
        return columns.containsKey(role);
    }

    static Role role(String header) {
        String h = " " + NOT_NAME.matcher(Cells.clean(header).toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
        if (h.isBlank()) {
            return null;
        }
        if (h.contains(" rag ")) {
            return Role.RAG;
        }
        if (h.contains("deliverable") || h.contains(" milestone") || h.contains(" output")) {
            return Role.DELIVERABLE;
        }
        if (h.contains("success") || h.contains("criteri") || h.contains(" kpi") || h.contains("measure") || h.contains("how we will know")
                || h.contains(" evidence")) {
            return Role.CRITERION;
        }
        if (h.contains("action") || h.contains("activit") || h.contains(" step") || h.contains("what we will do")) {
            return Role.ACTION;
        }
        if (h.contains("deadline") || h.contains(" due") || h.contains("target date") || h.contains("by when") || h.contains("timescale")
                || h.contains("completion date") || h.equals(" date ") || h.contains(" by ")) {
            return Role.DEADLINE;
        }
        if (h.contains("lead") || h.contains("owner") || h.contains("responsib") || h.contains("accountable")) {
            return h.contains("name") ? Role.LEAD_NAME : Role.LEAD;
        }
        if (h.contains("status") || h.contains("progress")) {
            return Role.STATUS;
        }
        if (h.contains("phase") || h.contains("stage")) {
            return Role.PHASE;
        }
        if (h.equals(" ref ") || h.equals(" reference ") || h.equals(" no ") || h.equals(" # ") || h.equals(" task no ")
                || h.equals(" task ref ") || h.equals(" number ") || h.equals(" id ")) {
            return Role.REF;
        }
        if (h.contains("task") || h.contains("objective") || h.contains("priority") || h.contains(" aim") || h.contains("workstream")
                || h.contains("work stream")) {
            return Role.TASK;
        }
        return null;
    }
}
