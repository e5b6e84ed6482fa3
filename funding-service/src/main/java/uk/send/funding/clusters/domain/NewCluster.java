package uk.send.funding.clusters.domain;

import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.domain.DomainException.FieldIssue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A cluster to create: its members are the listed URNs and the host (the host is always a member). */
public record NewCluster(FinancialYear financialYear, String name, String hostUrn, List<String> memberUrns) {

    /** The most schools in one cluster. */
    public static final int MAX_MEMBERS = 100;

    /** The members, host first, each once. */
    public List<String> members() {
        Set<String> all = new LinkedHashSet<>();
        all.add(hostUrn);
        all.addAll(memberUrns);
        return List.copyOf(all);
    }

    public List<FieldIssue> problems() {
        List<FieldIssue> problems = new ArrayList<>();
        if (new LinkedHashSet<>(memberUrns).size() != memberUrns.size()) {
            problems.add(new FieldIssue("memberUrns", "lists a URN twice"));
        }
        if (members().size() > MAX_MEMBERS) {
            problems.add(new FieldIssue("memberUrns", "a cluster has at most " + MAX_MEMBERS + " schools"));
        }
        return problems;
    }
}
