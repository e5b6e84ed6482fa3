package uk.send.placement.ledger.service;

import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.LedgerLine;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Ledger pages computed recently, each with the LA's ledger generation it was computed at. A page is
 * served from here only while the LA's generation is still the one it was computed at: every change to
 * what the ledger shows moves the generation in the same transaction (migration V5), so a stale page is
 * never served. The generation is read before the page is computed, so a page is never older than the
 * generation it is stored under. Least recently used pages go first; at most {@link #MAX_PAGES} are kept
 * (a page is at most 100 lines, so the whole cache stays within a few MB of heap).
 */
final class LedgerPages {

    static final int MAX_PAGES = 64;

    /** What a page is of: the LA, academic year, day occupancy is counted on, provider filter and page. */
    record Key(String tenant, AcademicYear year, LocalDate countingDay, UUID providerId, PageRequest page) {
    }

    private record Entry(long generation, Slice<LedgerLine> lines) {
    }

    private final Map<Key, Entry> pages = new LinkedHashMap<>(MAX_PAGES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_PAGES;
        }
    };

    /** The page stored for {@code key} at exactly {@code generation}, or null. */
    synchronized Slice<LedgerLine> get(Key key, long generation) {
        Entry e = pages.get(key);
        return e != null && e.generation() == generation ? e.lines() : null;
    }

    synchronized void put(Key key, long generation, Slice<LedgerLine> lines) {
        Entry e = pages.get(key);
        if (e == null || e.generation() <= generation) {
            pages.put(key, new Entry(generation, lines));
        }
    }
}
