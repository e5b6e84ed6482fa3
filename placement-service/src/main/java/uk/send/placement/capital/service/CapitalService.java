package uk.send.placement.capital.service;

import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.platform.events.CapitalPlacesDelivered;
import uk.send.placement.capital.domain.PlannedMilestone;
import uk.send.placement.capital.domain.ProjectWithMilestones;
import uk.send.placement.capital.repository.CapitalRepository;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.service.LedgerService;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.entity.Provider;
import uk.send.placement.provider.repository.ProviderRepository;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Capital projects that add places: their milestones are reminded as deadlines; delivered places enter the ledger. */
@ApplicationScoped
public class CapitalService {

    private final CapitalRepository repository;
    private final ProviderRepository providers;
    private final LedgerService ledger;
    private final Outbox outbox;
    private final Clock clock;

    public CapitalService(CapitalRepository repository, ProviderRepository providers, LedgerService ledger, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.providers = providers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ProjectWithMilestones create(String tenant, String name, UUID providerId, NeedType need, int places, int deliveryYear, List<PlannedMilestone> milestones) {
        providers.findInTenant(tenant, providerId).orElseThrow(() -> new InvalidInput("providerId", "is not a provider of your LA"));
        UUID id = UUID.randomUUID();
        repository.insertProject(id, tenant, name.trim(), providerId, need.name(), places, deliveryYear, clock.instant());
        for (PlannedMilestone m : milestones) {
            repository.insertMilestone(UUID.randomUUID(), id, tenant, m.name().trim(), m.dueDate());
        }
        return find(tenant, id).orElseThrow();
    }

    @Transactional
    public Optional<ProjectWithMilestones> find(String tenant, UUID id) {
        return repository.lockProject(tenant, id).map(p -> new ProjectWithMilestones(p, repository.milestones(id)));
    }

    public Slice<ProjectWithMilestones> list(String tenant, PageRequest page) {
        return new Slice<>(repository.projects(tenant, page.offset(), page.size()).stream().map(p -> new ProjectWithMilestones(p, repository.milestones(p.id()))).toList(),
                repository.count(tenant));
    }

    /** The project's places enter the ledger for its delivery year (once); announced with the ledger's change. */
    @Transactional
    public Optional<ProjectWithMilestones> deliver(String tenant, UUID id, VersionCheck version) {
        return repository.lockProject(tenant, id).map(p -> {
            version.require(p.version());
            if (p.deliveredOn() != null) {
                throw new Conflict("The project's places were delivered on " + p.deliveredOn());
            }
            AcademicYear year = new AcademicYear(p.deliveryAcademicYear());
            ledger.addPlaces(tenant, p.providerId(), year, NeedType.valueOf(p.needType()), p.places(), "CAPITAL");
            repository.markDelivered(id, LocalDate.now(clock));
            String urn = providers.findInTenant(tenant, p.providerId()).map(pr -> pr.urn).orElse(null);
            outbox.publish(tenant, EventTypes.CAPITAL_PLACES_DELIVERED, id.toString(), "capital-project/" + id,
                    new CapitalPlacesDelivered(id, p.name(), p.providerId(), urn, p.needType(), p.places(), year.label()));
            return new ProjectWithMilestones(repository.lockProject(tenant, id).orElseThrow(), repository.milestones(id));
        });
    }

    @Transactional
    public boolean completeMilestone(String tenant, UUID projectId, UUID milestoneId, LocalDate on) {
        return repository.completeMilestone(tenant, projectId, milestoneId, on == null ? LocalDate.now(clock) : on) == 1;
    }
}
