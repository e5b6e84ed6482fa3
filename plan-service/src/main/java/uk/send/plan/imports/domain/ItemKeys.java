package uk.send.plan.imports.domain;

import java.util.List;

/**
 * How an import composes the key that identifies each item it upserts, in one place: a row's own key (the imported
 * records' {@code key()}) under its parent's. Also what a tracker row showing an item created in the app (which has no
 * import key) would be keyed as, so that a tracker exported and imported again updates that item instead of adding it
 * a second time.
 */
public final class ItemKeys {

    private ItemKeys() {
    }

    private static final String PHASE = "phase:";

    /** A phase, by the text of the tracker's Phase column (or the plan's phase heading). */
    public static String phase(String phaseText) {
        return PHASE + phaseText;
    }

    /**
     * A phase as the tracker's Phase column shows it, given its import key and title: the text it was imported from
     * (what {@link #phase} keyed it by), else, for a phase created in the app, its title. The export writes this, and a
     * re-import matches the phase by it.
     */
    public static String phaseText(String importKey, String title) {
        return importKey != null && importKey.startsWith(PHASE) ? importKey.substring(PHASE.length()) : title;
    }

    /** A task, by its phase's text (null: none), its ref (null: none) and its title. */
    public static String task(String phaseText, String ref, String title) {
        return new ImportedTask(ref, title, 0, List.of(), phaseText, null, null, null).key();
    }

    public static String deliverable(String taskKey, String title) {
        return taskKey + "/" + new ImportedDeliverable(title, 0, List.of(), List.of(), null, null).key();
    }

    public static String action(String deliverableKey, String text) {
        return deliverableKey + "/action:" + new ImportedRow(text, 0, null, null).key();
    }

    public static String criterion(String deliverableKey, String text) {
        return deliverableKey + "/criterion:" + new ImportedRow(text, 0, null, null).key();
    }
}
