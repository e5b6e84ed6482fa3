-- The intake's additions to the EHCP decision log (V2), and bulk onboarding batches.

-- The kind whose rules apply (a CORRECTION's corrected kind) and its place in the usual order of an EHCP's
-- decisions: the log is read in decision-date order, same-day decisions by this rank and then sourceId, so
-- that the order in which the CMS happened to send them never changes the order of the log.
alter table ehcp_decision add column effective_kind varchar(40);
alter table ehcp_decision add column sort_rank smallint not null default 0;
update ehcp_decision set effective_kind = coalesce(payload ->> 'correctedKind', kind);
alter table ehcp_decision alter column effective_kind set not null;
-- Listing and CSV export of an LA's log by date (keyset order).
create index ehcp_decision_tenant_date on ehcp_decision (tenant, decision_date, ehcp_ref, sort_rank, source_id);
-- An EHCP's log in its read order.
create index ehcp_decision_tenant_ref_order on ehcp_decision (tenant, ehcp_ref, decision_date, sort_rank, source_id);
drop index ehcp_decision_tenant_ref;

-- One upload of an LA's decision history (NDJSON or CSV). Its lines are stored as they arrive and processed
-- by a background worker in chunks: next_line is the first line not yet processed, committed with each chunk.
create table ehcp_batch (
    id            uuid         primary key,
    tenant        varchar(32)  not null,
    format        varchar(10)  not null,
    status        varchar(20)  not null,
    submitted_by  varchar(200) not null,
    received_at   timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    total_lines   integer      not null,
    next_line     integer      not null default 0,
    accepted      integer      not null default 0,
    duplicates    integer      not null default 0,
    refused       integer      not null default 0
);
create index ehcp_batch_open on ehcp_batch (received_at) where status <> 'COMPLETED';
create index ehcp_batch_tenant on ehcp_batch (tenant, received_at);

-- One line of a batch. content is the decision as JSON (a CSV record is converted when it is received) and is
-- cleared once the line is processed, so that nothing the CMS sent by mistake (a refused line may hold a
-- name) outlives the processing. outcome is null until then.
create table ehcp_batch_line (
    batch_id    uuid         not null references ehcp_batch (id) on delete cascade,
    line_no     integer      not null,
    content     text,
    outcome     varchar(10),
    source_id   varchar(100),
    decision_id uuid,
    errors      jsonb,
    primary key (batch_id, line_no)
);
create index ehcp_batch_line_outcome on ehcp_batch_line (batch_id, outcome, line_no);
