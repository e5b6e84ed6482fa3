-- Neighbour benchmarks (issue 12). An LA opts in to share aggregates with the other LAs on this deployment;
-- benchmark_shared holds only what it shares (one figure per year, funding category and measure: never a
-- child-level row), deleted when it opts out. benchmark_published holds neighbours' figures an LA entered from
-- published tables, seen by that LA only.
create table benchmark_sharing (
    tenant      varchar(32)  primary key,
    la_name     varchar(200) not null,
    opted_in    boolean      not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    version     bigint       not null
);

create table benchmark_shared (
    tenant         varchar(32)   not null,
    financial_year int           not null,
    category       varchar(40)   not null,
    measure        varchar(40)   not null,
    value          numeric(12,2) not null,
    computed_at    timestamptz   not null,
    primary key (tenant, financial_year, category, measure)
);
create index benchmark_shared_measure on benchmark_shared (financial_year, category, measure);

create table benchmark_published (
    id             uuid          primary key,
    tenant         varchar(32)   not null,
    la_code        varchar(16)   not null,
    la_name        varchar(200)  not null,
    financial_year int           not null,
    category       varchar(40)   not null,
    measure        varchar(40)   not null,
    value          numeric(12,2) not null,
    source         varchar(500)  not null,
    entered_by     varchar(200)  not null,
    entered_at     timestamptz   not null,
    constraint benchmark_published_figure unique (tenant, la_code, financial_year, category, measure)
);
create index benchmark_published_tenant on benchmark_published (tenant, entered_at desc);
