package uk.send.funding.modelling.domain;

import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual top-up of each (category, band) now and under a proposal, priced once and cached: the values come
 * from the banding engine ({@link SchemeBook#inForce}, {@link SchemeVersion#value}, the proposal's {@link Band}s and
 * {@link uk.send.funding.banding.domain.Uplift#apply}), never from a second copy of the arithmetic. A band with no
 * value answers null (the EHCP is reported unpriced, not guessed).
 */
public final class PriceTable {

    private static final BigDecimal NONE = new BigDecimal("-1");

    private final SchemeBook schemes;
    private final LocalDate asAt;
    private final Proposal proposal;
    private final Map<FundingCategory, Map<String, BigDecimal>> now = new EnumMap<>(FundingCategory.class);
    private final Map<FundingCategory, Map<String, BigDecimal>> proposed = new EnumMap<>(FundingCategory.class);
    private final Map<FundingCategory, Map<Map<String, Integer>, BigDecimal>> byMatrix = new EnumMap<>(FundingCategory.class);

    public PriceTable(SchemeBook schemes, LocalDate asAt, Proposal proposal) {
        this.schemes = schemes;
        this.asAt = asAt;
        this.proposal = proposal;
    }

    /** The annual value of {@code band} in {@code category} in the scheme in force on the model's date; null if none. */
    public BigDecimal now(FundingCategory category, String band) {
        BigDecimal v = now.computeIfAbsent(category, c -> new HashMap<>()).computeIfAbsent(band, b ->
                schemes.inForce(category, asAt).flatMap(s -> s.value(b)).orElse(NONE));
        return v == NONE ? null : v;
    }

    /** The annual value an EHCP now in {@code currentBand} would attract under the proposal; null if none. */
    public BigDecimal proposed(FundingCategory category, String currentBand) {
        BigDecimal v = proposed.computeIfAbsent(category, c -> new HashMap<>()).computeIfAbsent(currentBand, b ->
                proposedValue(category, proposal.mapBand(category, b)).orElse(NONE));
        return v == NONE ? null : v;
    }

    /**
     * The annual value an EHCP scored {@code needsLevels} would attract under the proposal: the band the proposed matrix
     * suggests, priced like any proposed band; null if the scores reach no threshold or the band has no value.
     */
    public BigDecimal proposedByMatrix(FundingCategory category, Map<String, Integer> needsLevels) {
        BigDecimal v = byMatrix.computeIfAbsent(category, c -> new HashMap<>()).computeIfAbsent(needsLevels, l -> {
            String band = proposal.matrixBand(category, l);
            return band == null ? NONE : proposedValue(category, band).orElse(NONE);
        });
        return v == NONE ? null : v;
    }

    /** Whether the proposal re-bands an EHCP in {@code category} scored {@code needsLevels} by a proposed matrix. */
    public boolean rebands(FundingCategory category, Map<String, Integer> needsLevels) {
        return proposal.rebands(category, needsLevels);
    }

    /** Whether the proposal carries a matrix for {@code category}. */
    public boolean hasMatrix(FundingCategory category) {
        return proposal.matrices().containsKey(category);
    }

    private Optional<BigDecimal> proposedValue(FundingCategory category, String band) {
        List<Band> bands = proposal.bands().get(category);
        Optional<BigDecimal> base = bands != null
                ? bands.stream().filter(x -> x.code().equals(band)).findFirst().map(Band::annualValue)
                : schemes.inForce(category, asAt).flatMap(s -> s.value(band));
        return proposal.uplift() == null ? base : base.map(proposal.uplift()::apply);
    }
}
