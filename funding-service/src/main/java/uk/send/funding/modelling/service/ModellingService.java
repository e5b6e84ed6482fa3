package uk.send.funding.modelling.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.repository.BandingSchemeRepository;
import uk.send.funding.modelling.domain.Impact;
import uk.send.funding.modelling.domain.ImpactModel;
import uk.send.funding.modelling.domain.NewScenario;
import uk.send.funding.modelling.domain.Position;
import uk.send.funding.modelling.domain.PriceTable;
import uk.send.funding.modelling.domain.Protection;
import uk.send.funding.modelling.domain.Scenario;
import uk.send.funding.modelling.domain.ScenarioStatus;
import uk.send.funding.modelling.repository.PositionRepository;
import uk.send.funding.modelling.repository.ScenarioRepository;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Banding impact scenarios: saved, named proposals, each modelled on demand over the LA's EHCPs as placed and
 * banded on the scenario's date, priced by the banding engine, with the protection its policy would give.
 */
@ApplicationScoped
public class ModellingService {

    /** The most scenarios compared side by side. */
    public static final int MAX_COMPARED = 6;

    /** A scenario with its modelled impact and protection (null without a policy). */
    public record Modelled(Scenario scenario, Impact impact, Protection protection) {
    }

    private final ScenarioRepository scenarios;
    private final PositionRepository positions;
    private final BandingSchemeRepository schemes;
    private final Clock clock;

    public ModellingService(ScenarioRepository scenarios, PositionRepository positions, BandingSchemeRepository schemes, Clock clock) {
        this.scenarios = scenarios;
        this.positions = positions;
        this.schemes = schemes;
        this.clock = clock;
    }

    @Transactional
    public Scenario create(String tenant, String by, NewScenario s) {
        var problems = s.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).message(), problems);
        }
        Scenario created = new Scenario(UUID.randomUUID(), s.name(), s.financialYear(), s.asAtOrDefault(), s.proposal(), s.protection(),
                ScenarioStatus.DRAFT, by, clock.instant(), null, null, 0);
        scenarios.insert(tenant, created);
        return created;
    }

    @Transactional
    public Slice<Scenario> list(String tenant, PageRequest page) {
        return new Slice<>(scenarios.page(tenant, page.offset(), page.size()), scenarios.count(tenant));
    }

    @Transactional
    public Scenario find(String tenant, UUID id) {
        return scenarios.find(tenant, id, false).orElseThrow(() -> new NotFound("Scenario", id));
    }

    /** Models one scenario over the LA's current positions. */
    @Transactional
    public Modelled model(String tenant, UUID id) {
        Scenario s = find(tenant, id);
        return model(s, positions.positions(tenant, s.asAt(), s.proposal().rebandsByMatrix()), new SchemeBook(schemes.approved(tenant)));
    }

    /** Models up to {@link #MAX_COMPARED} scenarios side by side, reading each date's positions once. */
    @Transactional
    public List<Modelled> compare(String tenant, List<UUID> ids) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() < 2 || distinct.size() > MAX_COMPARED) {
            throw new InvalidInput("ids", "compare 2 to " + MAX_COMPARED + " distinct scenarios");
        }
        List<Scenario> found = distinct.stream().map(id -> find(tenant, id)).toList();
        SchemeBook book = new SchemeBook(schemes.approved(tenant));
        Map<String, List<Position>> byDate = new HashMap<>();
        return found.stream().map(s -> model(s, byDate.computeIfAbsent(s.asAt() + "/" + s.proposal().rebandsByMatrix(),
                k -> positions.positions(tenant, s.asAt(), s.proposal().rebandsByMatrix())), book)).toList();
    }

    /** The pure part: a scenario over given positions and schemes. */
    public static Modelled model(Scenario s, List<Position> at, SchemeBook book) {
        Impact impact = ImpactModel.run(at, new PriceTable(book, s.asAt(), s.proposal()));
        return new Modelled(s, impact, s.protection() == null ? null : Protection.of(impact, s.protection()));
    }
}
