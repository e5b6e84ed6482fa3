package uk.send.funding.payments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.PlaceFunding;
import uk.send.funding.payments.domain.ScheduleReconciler;
import uk.send.funding.payments.repository.FundingPolicyRepository;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.funding.payments.repository.PlaceCommissionRepository;
import uk.send.funding.register.repository.SettingRepository;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Commissioned places per setting and academic year (entered here, or from placement-service's events),
 * paid as place funding: 5/12 and 7/12 of the two academic years in each financial year.
 */
@ApplicationScoped
public class PlaceFundingService {

    private final PlaceCommissionRepository commissions;
    private final SettingRepository settings;
    private final PaymentLineRepository lines;
    private final FundingPolicyRepository policies;
    private final ScheduleWriter writer;

    public PlaceFundingService(PlaceCommissionRepository commissions, SettingRepository settings, PaymentLineRepository lines, FundingPolicyRepository policies,
                               ScheduleWriter writer) {
        this.commissions = commissions;
        this.settings = settings;
        this.lines = lines;
        this.policies = policies;
        this.writer = writer;
    }

    /** Sets the places of one setting for one academic year and reprices the two financial years it touches. */
    @Transactional
    public ScheduleWriter.Outcome commission(String tenant, String urn, AcademicYear year, int places, BigDecimal ratePerPlace) {
        FundingCategory category = settings.findByUrn(tenant, urn).map(s -> FundingCategory.ofSettingType(s.type.name()))
                .orElseThrow(() -> new NotFound("Setting with URN", urn));
        if (!category.hasPlaceFunding()) {
            throw new BusinessRuleBroken("no-place-funding", "No place funding for this setting",
                    category + " settings are not place-funded (special schools, AP and resourced provision are)");
        }
        BigDecimal rate = ratePerPlace == null ? PlaceFunding.STANDARD_RATE : ratePerPlace;
        if (!PlaceFunding.isAllowedRate(category, rate)) {
            throw new InvalidInput("ratePerPlace", category == FundingCategory.RESOURCED_PROVISION
                    ? "resourced provision places are funded at 6000.00 or 10000.00" : "places are funded at 10000.00");
        }
        lines.lockTenant(tenant);
        return save(tenant, urn, year, places, rate, places + " places commissioned for " + year.label() + " at " + rate.toPlainString());
    }

    /**
     * Places of one need type commissioned by placement-service (its {@code places.commissioned} event, in the
     * consumer's transaction): the setting's places for the year become the sum over its need types and place
     * funding is repriced exactly as {@link #commission} does, at the rate already set for the year (10,000 if none).
     * A setting not in the register, or not place-funded, is recorded but paid nothing.
     *
     * @return the outcome, or empty if nothing was repriced (an older event, or a setting funding does not pay places for)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ScheduleWriter.Outcome> commissionedByPlacement(String tenant, String urn, AcademicYear year, String needType, int places,
                                                                    String source, Instant eventTime) {
        lines.lockTenant(tenant);
        Optional<Integer> total = commissions.saveNeed(tenant, urn, year, needType, places, source, eventTime);
        boolean placeFunded = settings.findByUrn(tenant, urn).map(s -> FundingCategory.ofSettingType(s.type.name()).hasPlaceFunding()).orElse(false);
        if (total.isEmpty() || !placeFunded) {
            return Optional.empty();
        }
        BigDecimal rate = commissions.rate(tenant, urn, year).orElse(PlaceFunding.STANDARD_RATE);
        return Optional.of(save(tenant, urn, year, total.get(), rate, total.get() + " places commissioned for " + year.label()
                + " by placement (" + needType + " " + places + ") at " + rate.toPlainString()));
    }

    private ScheduleWriter.Outcome save(String tenant, String urn, AcademicYear year, int places, BigDecimal rate, String why) {
        commissions.save(tenant, urn, year, places, rate);
        ScheduleWriter.Outcome total = ScheduleWriter.Outcome.NONE;
        ScheduleWriter.Changes changes = new ScheduleWriter.Changes();
        for (FinancialYear fy : List.of(new FinancialYear(year.startYear()), new FinancialYear(year.startYear() + 1))) {
            Map<AcademicYear, PlaceFunding.Commission> commissioned = commissions.commissions(tenant, urn);
            Map<ScheduleReconciler.Cell, BigDecimal> due = new HashMap<>();
            PlaceFunding.monthly(fy, commissioned).forEach((m, amount) ->
                    due.put(new ScheduleReconciler.Cell(urn, null, Element.PLACE_FUNDING, m), amount));
            var out = writer.write(changes, tenant, fy, due, lines.placeLines(tenant, fy, urn), c -> "places", s -> why, policies.policy(tenant).frequency());
            total = total.plus(out);
        }
        writer.publish(tenant, changes);
        return total;
    }
}
