package uk.send.placement.forecast.service;

import uk.send.placement.forecast.domain.PlacementCost;
import uk.send.placement.forecast.domain.PopulationCount;
import uk.send.platform.domain.BusinessRuleBroken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.placement.forecast.domain.Backtest;
import uk.send.placement.forecast.domain.ChildYear;
import uk.send.placement.forecast.domain.Forecast;
import uk.send.placement.forecast.domain.ForecastOutcome;
import uk.send.placement.forecast.domain.Projection;
import uk.send.placement.forecast.domain.Snapshots;
import uk.send.platform.events.SufficiencyGapForecast;
import uk.send.placement.forecast.repository.ForecastRepository;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs sufficiency forecasts from the LA's own placement history, keeps each run for its exports, and
 * publishes the needs and settings it finds short of places.
 */
@ApplicationScoped
public class ForecastService {

    private final ForecastRepository repository;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ForecastService(ForecastRepository repository, Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The latest January census day on or before today gives the base year. */
    public int defaultBaseYear() {
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(Snapshots.censusDay(today.getYear())) ? today.getYear() - 1 : today.getYear();
    }

    private List<ChildYear> history(String tenant, int baseYear) {
        List<Snapshots.Spell> spells = repository.spells(tenant);
        int first = spells.stream().mapToInt(s -> s.start().getYear()).min().orElse(baseYear);
        return Snapshots.build(spells, Math.max(first, baseYear - 15), baseYear);
    }

    @Transactional
    public ForecastOutcome run(String tenant, String userId, Integer requestedBaseYear, Forecast.Settings settings) {
        int baseYear = requestedBaseYear == null ? defaultBaseYear() : requestedBaseYear;
        List<ChildYear> history = history(tenant, baseYear);
        Projection projection;
        try {
            projection = Forecast.project(history, repository.population(tenant), repository.costTable(tenant), baseYear, settings);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleBroken("forecast-history", "Not enough placement history", e.getMessage());
        }
        Map<String, Integer> commissioned = repository.commissioned(tenant);
        List<Forecast.Gap> gaps = Forecast.gaps(projection, (year, need, setting) -> supply(commissioned, year, need, setting), settings.scenario());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        ForecastOutcome outcome = new ForecastOutcome(id, now, projection, gaps, settings.scenario());
        repository.saveRun(id, tenant, userId, json(settings), json(outcome), now);
        publishGaps(tenant, id, baseYear, gaps);
        return outcome;
    }

    /** Places of an academic year; a later year than any entered keeps the latest entered. */
    static int supply(Map<String, Integer> commissioned, int academicYear, NeedType need, SettingGroup setting) {
        for (int y = academicYear; y >= academicYear - 20; y--) {
            Integer places = commissioned.get(y + "|" + need.name() + "|" + setting.name());
            if (places != null) {
                return places;
            }
        }
        return 0;
    }

    private void publishGaps(String tenant, UUID id, int baseYear, List<Forecast.Gap> gaps) {
        Map<String, List<Forecast.Gap>> byCell = new LinkedHashMap<>();
        for (Forecast.Gap g : gaps) {
            byCell.computeIfAbsent(g.need().name() + "|" + g.setting().name(), k -> new ArrayList<>()).add(g);
        }
        List<PendingEvent> events = new ArrayList<>();
        for (List<Forecast.Gap> cell : byCell.values()) {
            double largest = cell.stream().mapToDouble(Forecast.Gap::gap).max().orElse(0);
            if (largest < 1) {
                continue;
            }
            Forecast.Gap first = cell.get(0);
            events.add(new PendingEvent(tenant, EventTypes.SUFFICIENCY_GAP_FORECAST, id.toString(), "forecast/" + id,
                    new SufficiencyGapForecast(id, baseYear, first.need().name(), first.setting().name(), (int) Math.ceil(largest),
                            cell.stream().map(g -> new SufficiencyGapForecast.YearGap(g.year(), g.demandMedian(), g.demandUpper(), g.places(), g.gap())).toList())));
        }
        outbox.publishAll(events);
    }

    public Optional<ForecastOutcome> find(String tenant, UUID id) {
        return repository.result(tenant, id).map(json -> {
            try {
                return mapper.readValue(json, ForecastOutcome.class);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public List<Backtest.YearError> backtest(String tenant, int fitUpTo, Integer lastYear, int simulations, long seed) {
        int last = lastYear == null ? defaultBaseYear() : lastYear;
        List<ChildYear> history = history(tenant, last);
        try {
            return Backtest.run(history, repository.population(tenant), fitUpTo, last, simulations, seed);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleBroken("forecast-history", "Not enough placement history", e.getMessage());
        }
    }

    public List<PopulationCount> population(String tenant) {
        return repository.populationRows(tenant);
    }

    @Transactional
    public void putPopulation(String tenant, List<PopulationCount> rows) {
        repository.putPopulation(tenant, rows);
    }

    public List<PlacementCost> costs(String tenant) {
        return repository.costs(tenant);
    }

    @Transactional
    public void putCosts(String tenant, List<PlacementCost> rows) {
        repository.putCosts(tenant, rows.stream().map(r -> new PlacementCost(r.need(), r.setting(),
                uk.send.placement.shared.Money.toPenny(r.annualCost()))).toList());
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
