-- sort_rank orders an EHCP's decisions of the same day in the log (V3). It was the kind's place in EhcpDecisionKind's
-- declaration, while plan-service and placement-service ordered same-day steps by the process (a transfer in, a tribunal
-- order or an exception beginning before what answers them), so the log could list a day's decisions in another order
-- than the timeline and the placements were built in. The contract now holds the one order
-- (EhcpDecisionKind.sameDayOrder, kept in step with this table); stored rows take it here, by their effective kind
-- (a correction ranks as the kind it corrects). Only rows whose rank changes are written.
update ehcp_decision d set sort_rank = r.rank
from (values ('ASSESSMENT_REQUESTED', 0), ('TRANSFER_IN', 0), ('TRIBUNAL_ORDER', 0), ('EXCEPTION_APPLIED', 0),
             ('DECIDED_TO_ASSESS', 1), ('REFUSED_TO_ASSESS', 1), ('DECIDED_NOT_TO_ISSUE', 1),
             ('DRAFT_PLAN_ISSUED', 2), ('FINAL_PLAN_ISSUED', 3), ('ANNUAL_REVIEW_HELD', 4), ('REVIEW_DECISION', 5),
             ('AMENDMENT_NOTICE_ISSUED', 6), ('AMENDED_PLAN_ISSUED', 7), ('MEDIATION_CERTIFICATE_ISSUED', 8),
             ('APPEAL_REGISTERED', 9), ('EXCEPTION_ENDED', 10), ('CORRECTION', 10)) as r (kind, rank)
where d.effective_kind = r.kind and d.sort_rank <> r.rank;
