-- The background population per calendar year and NCY that forecast joiners scale with (the LA's projection).
create table population_projection (
    tenant     varchar(32) not null,
    year       integer     not null,
    ncy        integer     not null,
    population integer     not null check (population >= 0),
    primary key (tenant, year, ncy)
);

-- The LA's annual cost of a placement per need type and setting group, for forecast costs.
create table placement_cost (
    tenant        varchar(32)   not null,
    need_type     varchar(10)   not null,
    setting_group varchar(30)   not null,
    annual_cost   numeric(12,2) not null check (annual_cost >= 0),
    primary key (tenant, need_type, setting_group)
);

-- Each forecast run: what was asked and what it said, for exports and charts later.
create table forecast_run (
    id         uuid        primary key,
    tenant     varchar(32) not null,
    created_at timestamptz not null,
    created_by varchar(200),
    request    jsonb       not null,
    result     jsonb       not null
);
create index forecast_run_tenant on forecast_run (tenant, created_at desc);
