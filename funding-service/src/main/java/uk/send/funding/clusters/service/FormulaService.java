package uk.send.funding.clusters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.clusters.domain.Allocation;
import uk.send.funding.clusters.domain.Formula;
import uk.send.funding.clusters.domain.SavedFormula;
import uk.send.funding.clusters.repository.ClusterRepository;
import uk.send.funding.clusters.repository.FormulaRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException.FieldIssue;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.events.ClusterFormulaAdopted;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Delegation formulas: saved and worked out over the year's clusters and factors, tried without saving (what-if), and
 * adopted once (its allocations frozen, the year's earlier adoption superseded, the adoption published).
 */
@ApplicationScoped
public class FormulaService {

    /** A saved formula with its allocation (worked out now for a draft, frozen for an adopted one). */
    public record Worked(SavedFormula formula, Allocation allocation) {
    }

    private final FormulaRepository formulas;
    private final ClusterRepository clusters;
    private final Outbox outbox;
    private final Clock clock;

    public FormulaService(FormulaRepository formulas, ClusterRepository clusters, Outbox outbox, Clock clock) {
        this.formulas = formulas;
        this.clusters = clusters;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Worked create(String tenant, String by, FinancialYear year, String name, Formula formula) {
        Allocation allocation = whatIf(tenant, year, formula);
        SavedFormula f = new SavedFormula(UUID.randomUUID(), year, name, formula, SavedFormula.Status.DRAFT, by, clock.instant(), null, null, 0);
        formulas.insert(tenant, f);
        return new Worked(f, allocation);
    }

    /** Runs a formula over the year's clusters and factors; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Allocation whatIf(String tenant, FinancialYear year, Formula formula) {
        List<FieldIssue> problems = formula.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).field() + " " + problems.get(0).message(), problems);
        }
        return Allocation.run(formula, clusters.members(tenant, year));
    }

    @Transactional
    public Worked find(String tenant, UUID id) {
        return work(tenant, formulas.find(tenant, id, false).orElseThrow(() -> new NotFound("Cluster formula", id)));
    }

    public Slice<SavedFormula> list(String tenant, FinancialYear year, PageRequest page) {
        return new Slice<>(formulas.page(tenant, year, page), formulas.count(tenant, year));
    }

    /** Adopts a draft: freezes its allocations as worked out now and publishes them. */
    @Transactional
    public Worked adopt(String tenant, UUID id, VersionCheck version, String by) {
        SavedFormula f = formulas.find(tenant, id, true).orElseThrow(() -> new NotFound("Cluster formula", id));
        version.require(f.version());
        if (f.status() != SavedFormula.Status.DRAFT) {
            throw new Conflict("Cluster formula " + id + " is " + f.status() + "; only a draft can be adopted");
        }
        Allocation a = Allocation.run(f.formula(), clusters.members(tenant, f.financialYear()));
        formulas.adopt(tenant, f, a.schools(), by, clock.instant());
        outbox.publish(tenant, EventTypes.CLUSTER_FORMULA_ADOPTED, id.toString(), "cluster-formula/" + id, adopted(f, a));
        return find(tenant, id);
    }

    private Worked work(String tenant, SavedFormula f) {
        Allocation a = f.status() == SavedFormula.Status.DRAFT ? Allocation.run(f.formula(), clusters.members(tenant, f.financialYear()))
                : Allocation.of(f.formula(), formulas.frozen(f.id()));
        return new Worked(f, a);
    }

    private static ClusterFormulaAdopted adopted(SavedFormula f, Allocation a) {
        Formula x = f.formula();
        return new ClusterFormulaAdopted(f.id(), f.financialYear().label(), f.name(), x.senBudget(), a.contingency(), a.delegated(),
                x.totalSenBudget(), a.delegationRatePercent(), x.targetPercent(), a.meetsTarget(), a.schools().size(),
                a.clusters().stream().map(c -> new ClusterFormulaAdopted.ClusterAllocated(c.clusterId(), c.name(), c.hostUrn(), c.schools(),
                        c.allocation())).toList());
    }
}
