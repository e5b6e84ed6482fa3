-- Delegation to school clusters by formula (issue 12): clusters of settings with a host school per financial year,
-- factor values per setting and year, formulas (draft / adopted / superseded) and the allocations frozen at adoption.
create table cluster (
    id             uuid          primary key,
    tenant         varchar(32)   not null,
    financial_year int           not null,
    name           varchar(100)  not null,
    host_urn       varchar(6)    not null,
    created_by     varchar(200)  not null,
    created_at     timestamptz   not null,
    version        bigint        not null,
    constraint cluster_name_once unique (tenant, financial_year, name)
);
-- A setting belongs to at most one cluster per financial year: the primary key says so.
create table cluster_member (
    tenant         varchar(32)   not null,
    financial_year int           not null,
    urn            varchar(6)    not null,
    cluster_id     uuid          not null references cluster (id) on delete cascade,
    constraint cluster_member_once primary key (tenant, financial_year, urn)
);
create index cluster_member_cluster on cluster_member (cluster_id);
create table cluster_factor (
    tenant         varchar(32)   not null,
    financial_year int           not null,
    urn            varchar(6)    not null,
    pupils_on_roll int           not null,
    sen_support    int           not null,
    deprivation    numeric(12,4) not null,
    updated_at     timestamptz   not null,
    primary key (tenant, financial_year, urn)
);
create table cluster_formula (
    id             uuid          primary key,
    tenant         varchar(32)   not null,
    financial_year int           not null,
    name           varchar(200)  not null,
    formula        jsonb         not null,
    status         varchar(12)   not null,
    created_by     varchar(200)  not null,
    created_at     timestamptz   not null,
    adopted_by     varchar(200),
    adopted_at     timestamptz,
    version        bigint        not null
);
create index cluster_formula_tenant on cluster_formula (tenant, financial_year, created_at desc);
create table cluster_allocation (
    formula_id     uuid          not null references cluster_formula (id),
    urn            varchar(6)    not null,
    cluster_id     uuid          not null,
    cluster_name   varchar(100)  not null,
    host_urn       varchar(6)    not null,
    pupils_on_roll int           not null,
    sen_support    int           not null,
    deprivation    numeric(12,4) not null,
    has_factors    boolean       not null,
    amount         numeric(12,2) not null,
    primary key (formula_id, urn)
);

-- Exceptional top-up without an EHCP (issue 12): the LA's criteria, its budget per financial year, and schools'
-- applications with the panel's decision.
create table exceptional_criterion (
    id             uuid          primary key,
    tenant         varchar(32)   not null,
    code           varchar(30)   not null,
    description    varchar(500)  not null,
    active         boolean       not null,
    created_at     timestamptz   not null,
    version        bigint        not null,
    constraint exceptional_criterion_code unique (tenant, code)
);
create table exceptional_budget (
    tenant         varchar(32)   not null,
    financial_year int           not null,
    amount         numeric(12,2) not null,
    updated_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    version        bigint        not null,
    primary key (tenant, financial_year)
);
create table exceptional_application (
    id               uuid          primary key,
    tenant           varchar(32)   not null,
    urn              varchar(6)    not null,
    pupil_ref        varchar(40)   not null,
    criterion_code   varchar(30)   not null,
    evidence         text          not null,
    evidence_file    varchar(500),
    amount_requested numeric(12,2) not null,
    period_from      date          not null,
    period_to        date          not null,
    financial_year   int           not null,
    status           varchar(10)   not null,
    amount_approved  numeric(12,2),
    decision_reasons text,
    decided_by       varchar(200),
    decided_at       timestamptz,
    applied_by       varchar(200)  not null,
    applied_at       timestamptz   not null,
    version          bigint        not null
);
create index exceptional_application_tenant on exceptional_application (tenant, applied_at desc);
create index exceptional_application_spend on exceptional_application (tenant, financial_year) where status = 'APPROVED';
create index exceptional_application_decided on exceptional_application (tenant, decided_at) where status = 'APPROVED';
-- A month's total is published once per LA (a repeat request answers the figures without a second event).
create table exceptional_spend_published (
    tenant         varchar(32)   not null,
    month          varchar(7)    not null,
    published_at   timestamptz   not null,
    primary key (tenant, month)
);
