-- The EHCP decision log: every decision the LA's case management system posted, as accepted.
-- payload is the uk.send.platform.events.EhcpDecisionRecorded published for it (the event's data).
-- A CORRECTION supersedes an earlier decision of the same EHCP: that row gets superseded_by set,
-- and readers of the log skip superseded rows. The CMS's sourceId is unique per LA.
create table ehcp_decision (
    id            uuid         primary key,
    tenant        varchar(32)  not null,
    source_id     varchar(100) not null,
    ehcp_ref      varchar(64)  not null,
    kind          varchar(40)  not null,
    decision_date date         not null,
    recorded_at   timestamptz  not null,
    superseded_by uuid         references ehcp_decision (id),
    payload       jsonb        not null,
    constraint ehcp_decision_tenant_source unique (tenant, source_id)
);
create index ehcp_decision_tenant_ref on ehcp_decision (tenant, ehcp_ref, decision_date);
