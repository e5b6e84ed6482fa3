package uk.send.placement.alternativeprovision.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.send.placement.alternativeprovision.domain.Allocation;
import uk.send.placement.alternativeprovision.domain.ApPlaceModel;
import uk.send.placement.alternativeprovision.domain.ExclusionRow;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.repository.LedgerRepository;
import uk.send.placement.provider.domain.Phase;
import uk.send.placement.provider.domain.SettingGroup;
import uk.send.placement.provider.entity.Provider;
import uk.send.placement.provider.repository.ProviderRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs the AP place model and turns its primary and secondary places into a commissioning intention
 * per AP provider: shared in proportion to the places each has this year (equally if none has any),
 * among the active AP providers serving that phase.
 */
@ApplicationScoped
public class ApPlaceService {

    private final ProviderRepository providers;
    private final LedgerRepository ledger;

    public ApPlaceService(ProviderRepository providers, LedgerRepository ledger) {
        this.providers = providers;
        this.ledger = ledger;
    }

    public record Intention(UUID providerId, String providerName, String urn, String phase, int places) {
    }

    public record Outcome(ApPlaceModel.Result model, List<Intention> intentions) {
    }

    public Outcome model(String tenant, List<ExclusionRow> rows, ApPlaceModel.Parameters parameters) {
        ApPlaceModel.Result result = ApPlaceModel.model(rows, parameters);
        List<Provider> ap = providers.activeIn(tenant, SettingGroup.ALTERNATIVE_PROVISION);
        List<Intention> intentions = new ArrayList<>();
        intentions.addAll(share(tenant, ap, true, result.primaryPlaces(), result.forAcademicYear() - 1));
        intentions.addAll(share(tenant, ap, false, result.secondaryPlaces(), result.forAcademicYear() - 1));
        return new Outcome(result, intentions);
    }

    private List<Intention> share(String tenant, List<Provider> ap, boolean primary, int places, int currentYear) {
        List<Provider> serving = ap.stream().filter(p -> p.phase == null || p.phase == Phase.ALL_THROUGH
                || p.phase == (primary ? Phase.PRIMARY : Phase.SECONDARY)).toList();
        int[] weights = new int[serving.size()];
        for (int i = 0; i < serving.size(); i++) {
            weights[i] = ledger.placesCommissioned(tenant, serving.get(i).id, new AcademicYear(currentYear));
        }
        int[] split = Allocation.split(places, weights);
        List<Intention> out = new ArrayList<>();
        for (int i = 0; i < serving.size(); i++) {
            out.add(new Intention(serving.get(i).id, serving.get(i).name, serving.get(i).urn, primary ? "PRIMARY" : "SECONDARY", split[i]));
        }
        return out;
    }
}
