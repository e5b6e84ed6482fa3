-- Providers: the GIAS type, phase and age range, the LA the provider sits in, its latest inspection.
alter table provider add column ukprn varchar(8);
alter table provider add column la_code varchar(32);
alter table provider add column establishment_type varchar(40);
alter table provider add column setting_group varchar(30);
update provider set setting_group = case type
    when 'RESOURCED_PROVISION' then 'RESOURCED_PROVISION'
    when 'ALTERNATIVE_PROVISION' then 'ALTERNATIVE_PROVISION'
    when 'INDEPENDENT_NON_MAINTAINED' then 'INDEPENDENT'
    when 'POST_16' then 'POST_16'
    else 'SPECIAL' end;
alter table provider alter column setting_group set not null;
alter table provider add column phase varchar(20);
alter table provider add column age_from integer;
alter table provider add column age_to integer;
alter table provider add column inspection_grade varchar(30);
alter table provider add column inspection_date date;

-- The LA's placement settings: its vacancy band and the place change request deadline it keeps.
create table placement_settings (
    tenant              varchar(32)  primary key,
    vacancy_min_pct     numeric(5,2) not null,
    vacancy_max_pct     numeric(5,2) not null,
    -- Day and month of the annual place change request deadline (early December).
    pcr_deadline_month  integer      not null,
    pcr_deadline_day    integer      not null,
    version             bigint       not null
);

-- Every EHCP decision placement-service has heard of, so that an EHCP's placements are recomputed from
-- all its decisions in date order whatever order they arrive in.
create table ehcp_decision_seen (
    tenant        varchar(32)  not null,
    ehcp_ref      varchar(64)  not null,
    decision_id   uuid         not null,
    source_id     varchar(100) not null,
    kind          varchar(40)  not null,
    decision_date date         not null,
    recorded_at   timestamptz,
    payload       jsonb        not null,
    primary key (tenant, decision_id)
);
create index ehcp_decision_seen_ref on ehcp_decision_seen (tenant, ehcp_ref);

-- One row per EHCP that has decisions: the lock its recomputes take, so two consumers never interleave.
create table ehcp_placement_lock (
    tenant   varchar(32) not null,
    ehcp_ref varchar(64) not null,
    primary key (tenant, ehcp_ref)
);

create table placement (
    id           uuid          primary key,
    tenant       varchar(32)   not null,
    ehcp_ref     varchar(64),
    provider_id  uuid          not null references provider (id),
    need_type    varchar(10)   not null,
    ncy          integer       not null,
    start_date   date          not null,
    end_date     date,
    annual_cost  numeric(12,2),
    out_of_area  boolean       not null,
    source       varchar(20)   not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null
);
-- Occupancy of one ledger line (provider, need) on a day is an index-only count.
create index placement_occupancy on placement (tenant, provider_id, need_type, start_date) include (end_date);
create index placement_tenant_ehcp on placement (tenant, ehcp_ref);
create index placement_tenant_start on placement (tenant, start_date);

-- Places commissioned per provider, academic year (its starting calendar year) and need type.
create table commissioned_places (
    tenant          varchar(32) not null,
    provider_id     uuid        not null references provider (id),
    academic_year   integer     not null,
    need_type       varchar(10) not null,
    places          integer     not null check (places >= 0),
    -- Places asked of the DfE for the next academic year (the place change request); null = unchanged.
    requested       integer     check (requested >= 0),
    -- The vacancy band state last announced: IN, BELOW (too full), ABOVE (too many empty places).
    band_state      varchar(10) not null default 'IN',
    version         bigint      not null,
    primary key (tenant, provider_id, academic_year, need_type)
);
create index commissioned_places_year on commissioned_places (tenant, academic_year);

-- Reminders already announced, so a scan that runs twice tells nobody twice.
create table deadline_notice (
    tenant        varchar(32)  not null,
    deadline_key  varchar(200) not null,
    due_date      date         not null,
    lead_days     integer      not null,
    notified_at   timestamptz  not null,
    primary key (tenant, deadline_key, due_date, lead_days)
);

-- Monthly counts published for KPIs: once per LA and month.
create table counts_published (
    tenant  varchar(32) not null,
    month   date        not null,
    primary key (tenant, month)
);
