-- Banding impact scenarios (issue 12): a named proposal and its protection policy, modelled over the LA's
-- current EHCPs on demand; granted once, when its protection becomes payment lines.
create table modelling_scenario (
    id             uuid          primary key,
    tenant         varchar(32)   not null,
    name           varchar(200)  not null,
    financial_year int           not null,
    as_at          date          not null,
    proposal       jsonb         not null,
    protection     jsonb,
    status         varchar(10)   not null,
    created_by     varchar(200)  not null,
    created_at     timestamptz   not null,
    granted_by     varchar(200),
    granted_at     timestamptz,
    version        bigint        not null
);
create index modelling_scenario_tenant on modelling_scenario (tenant, created_at desc);
