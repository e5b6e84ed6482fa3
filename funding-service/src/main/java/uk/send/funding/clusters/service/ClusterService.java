package uk.send.funding.clusters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.clusters.domain.Cluster;
import uk.send.funding.clusters.domain.Factors;
import uk.send.funding.clusters.domain.NewCluster;
import uk.send.funding.clusters.repository.ClusterRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException.FieldIssue;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.persistence.UniqueKeys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Clusters of settings with their host school, per financial year (a setting in at most one cluster a year), and the
 * formula factors the LA enters per setting and year.
 */
@ApplicationScoped
public class ClusterService {

    /** The most factor rows one upload may hold. */
    public static final int MAX_FACTOR_ROWS = 5000;
    static final String ONE_CLUSTER_A_YEAR = "cluster_member_once";
    static final String NAME_ONCE = "cluster_name_once";

    private final ClusterRepository clusters;
    private final Clock clock;

    public ClusterService(ClusterRepository clusters, Clock clock) {
        this.clusters = clusters;
        this.clock = clock;
    }

    @Transactional
    public Cluster create(String tenant, String by, NewCluster request) {
        List<FieldIssue> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).message(), problems);
        }
        List<String> members = request.members();
        requireRegistered(tenant, members, "memberUrns");
        if (clusters.nameTaken(tenant, request.financialYear(), request.name())) {
            throw nameTaken(request);
        }
        Map<String, String> taken = clusters.alreadyClustered(tenant, request.financialYear(), members);
        if (!taken.isEmpty()) {
            throw inAnotherCluster(taken, request.financialYear());
        }
        Cluster c = new Cluster(UUID.randomUUID(), request.financialYear(), request.name(), request.hostUrn(), members, by, clock.instant(), 0);
        // Two requests racing for one school (or one name): the constraints decide, as a 409.
        UniqueKeys.flush(() -> UniqueKeys.flush(() -> clusters.insert(tenant, c), NAME_ONCE, () -> nameTaken(request)), ONE_CLUSTER_A_YEAR,
                () -> new Conflict("A school of this cluster joined another cluster for " + request.financialYear().label() + " at the same time"));
        return clusters.find(tenant, c.id()).orElseThrow();
    }

    public Cluster find(String tenant, UUID id) {
        return clusters.find(tenant, id).orElseThrow(() -> new NotFound("Cluster", id));
    }

    public Slice<Cluster> list(String tenant, FinancialYear year, PageRequest page) {
        return new Slice<>(clusters.page(tenant, year, page), clusters.count(tenant, year));
    }

    /** Writes the year's factors of the listed settings (each a registered setting of the LA); returns how many rows. */
    @Transactional
    public int putFactors(String tenant, FinancialYear year, List<Factors> rows) {
        if (rows.isEmpty() || rows.size() > MAX_FACTOR_ROWS) {
            throw new InvalidInput("factors", "send 1 to " + MAX_FACTOR_ROWS + " rows");
        }
        List<FieldIssue> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            problems.addAll(rows.get(i).problems("factors[" + i + "]."));
            if (!seen.add(rows.get(i).urn())) {
                problems.add(new FieldIssue("factors[" + i + "].urn", "URN " + rows.get(i).urn() + " is listed twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.size() + " factor row(s) are not valid: " + problems.get(0).field() + " " + problems.get(0).message(),
                    problems.subList(0, Math.min(100, problems.size())));
        }
        requireRegistered(tenant, rows.stream().map(Factors::urn).toList(), "factors");
        return clusters.upsertFactors(tenant, year, rows, clock.instant());
    }

    public Slice<Factors> factors(String tenant, FinancialYear year, PageRequest page) {
        return new Slice<>(clusters.factorPage(tenant, year, page), clusters.factorCount(tenant, year));
    }

    private void requireRegistered(String tenant, List<String> urns, String field) {
        Set<String> unknown = new LinkedHashSet<>(urns);
        clusters.registered(tenant, urns).forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new InvalidInput(field, "not settings of your LA's register: " + String.join(", ", unknown.stream().limit(20).toList()));
        }
    }

    private static Conflict nameTaken(NewCluster request) {
        return new Conflict("A cluster named '" + request.name() + "' exists for " + request.financialYear().label());
    }

    private static Conflict inAnotherCluster(Map<String, String> taken, FinancialYear year) {
        StringBuilder s = new StringBuilder("A setting is in at most one cluster a year; already in a cluster for " + year.label() + ":");
        taken.forEach((urn, cluster) -> s.append(' ').append(urn).append(" (").append(cluster).append(')'));
        return new Conflict(s.toString());
    }
}
