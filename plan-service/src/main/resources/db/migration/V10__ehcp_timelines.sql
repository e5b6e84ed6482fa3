-- EHCP statutory timelines, built from funding-service's uk.send.funding.ehcp.decision-recorded.v1 events.
-- ehcp_decision keeps every decision received (payload = the EhcpDecisionRecorded, as published); each EHCP's
-- clocks are rebuilt from all of them whenever one arrives (uk.send.plan.ehcp.domain.TimelineBuilder).
create table ehcp_decision (
    tenant        varchar(32)  not null,
    source_id     varchar(100) not null,
    ehcp_ref      varchar(64)  not null,
    decision_date date         not null,
    payload       jsonb        not null,
    received_at   timestamptz  not null,
    primary key (tenant, source_id)
);
create index ehcp_decision_ref on ehcp_decision (tenant, ehcp_ref);

-- One row per EHCP with a timeline: what lists and the caseload need without reading every clock.
create table ehcp (
    tenant          varchar(32)  not null,
    ehcp_ref        varchar(64)  not null,
    case_officer_id varchar(200),
    ncy             int,
    plan_issued_on  date,
    ceased          boolean      not null,
    decisions       int          not null,
    last_decision_on date        not null,
    updated_at      timestamptz  not null,
    primary key (tenant, ehcp_ref)
);
create index ehcp_officer on ehcp (tenant, case_officer_id);

-- Each statutory clock; state OPEN/MET/BREACHED/EXCUSED/ENDED as stored (an open LA clock past due reads as breached).
create table ehcp_clock (
    tenant           varchar(32)  not null,
    ehcp_ref         varchar(64)  not null,
    clock_key        varchar(80)  not null,
    rule             varchar(40)  not null,
    la_must_act      boolean      not null,
    started_on       date         not null,
    due_on           date         not null,
    stopped_on       date,
    state            varchar(16)  not null,
    exception_reason varchar(60),
    end_reason       varchar(60),
    case_officer_id  varchar(200),
    primary key (tenant, ehcp_ref, clock_key)
);
create index ehcp_clock_due on ehcp_clock (due_on) where state = 'OPEN' and la_must_act;
create index ehcp_clock_officer on ehcp_clock (tenant, case_officer_id, state);
create index ehcp_clock_tenant_due on ehcp_clock (tenant, due_on);

-- The deadline scan's at-risk / breached notices for clocks, once per clock, lead time and due date.
create table ehcp_clock_notice (
    tenant     varchar(32) not null,
    ehcp_ref   varchar(64) not null,
    clock_key  varchar(80) not null,
    kind       varchar(16) not null,
    lead_days  int         not null,
    due_on     date        not null,
    scan_date  date        not null,
    created_at timestamptz not null,
    primary key (tenant, ehcp_ref, clock_key, kind, lead_days, due_on)
);
