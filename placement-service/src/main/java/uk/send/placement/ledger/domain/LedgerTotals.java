package uk.send.placement.ledger.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.Phase;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The LA's specialist places summed by need type, phase and/or setting group for one academic year: how many
 * places it has, how many are filled and how many are empty, each group checked against the LA's vacancy band.
 *
 * @param academicYear the year of the places
 * @param countedOn    the day occupancy was counted (today, or the year's first or last day)
 * @param band         the LA's vacancy band
 * @param groupedBy    the dimensions of each group, in order
 * @param groups       one per combination present, in the order of {@code groupedBy}'s values
 * @param total        every group together
 */
public record LedgerTotals(AcademicYear academicYear, LocalDate countedOn, VacancyBand band, List<Dimension> groupedBy,
                           List<Group> groups, Figures total) {

    /** What places may be grouped by. */
    public enum Dimension { NEED_TYPE, PHASE, SETTING_GROUP }

    /**
     * One group: the values of the dimensions grouped by (null where not grouped by it, or a provider's phase
     * not recorded) and its figures.
     */
    public record Group(NeedType needType, Phase phase, SettingGroup settingGroup, Figures figures) {
    }

    /**
     * Places of a group.
     *
     * @param providers    providers with a ledger line in the group
     * @param commissioned places commissioned
     * @param occupied     children placed there on the counting day
     * @param requested    places requested for the next academic year (a line without a request rolls forward)
     * @param bandState    the group's vacancy against the LA's band
     */
    public record Figures(int providers, int commissioned, int occupied, int requested, VacancyBand.State bandState) {

        public static Figures of(int providers, int commissioned, int occupied, int requested, VacancyBand band) {
            return new Figures(providers, commissioned, occupied, requested, band.classify(commissioned, occupied));
        }

        public int vacant() {
            return commissioned - occupied;
        }

        public BigDecimal vacancyPct() {
            return VacancyBand.vacancyPct(commissioned, occupied);
        }
    }
}
