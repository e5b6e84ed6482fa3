package uk.send.funding.ehcp.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.send.funding.ehcp.domain.EhcpDecisionAccepted;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test observer: what another funding feature would see of the intake's {@link EhcpDecisionAccepted} events. */
@ApplicationScoped
public class AcceptedDecisions {

    static final List<EhcpDecisionAccepted> SEEN = new CopyOnWriteArrayList<>();

    void on(@Observes EhcpDecisionAccepted accepted) {
        SEEN.add(accepted);
    }

    static List<EhcpDecisionAccepted> of(String tenant) {
        return SEEN.stream().filter(a -> a.tenant().equals(tenant)).toList();
    }
}
