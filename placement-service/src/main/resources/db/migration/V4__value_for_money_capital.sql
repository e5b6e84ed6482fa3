-- Reviews of independent placements for value for money, and what came of each.
create table placement_review (
    id              uuid          primary key,
    tenant          varchar(32)   not null,
    placement_id    uuid          not null references placement (id) on delete cascade,
    outcome         varchar(30)   not null,
    note            varchar(2000),
    new_annual_cost numeric(12,2),
    reviewed_on     date          not null,
    reviewed_by     varchar(200),
    created_at      timestamptz   not null
);
create index placement_review_tenant on placement_review (tenant, reviewed_on desc);

-- Cost anomalies already announced: a placement is announced again only when its cost or flag changes.
create table cost_flag (
    tenant       varchar(32)   not null,
    placement_id uuid          not null references placement (id) on delete cascade,
    flag         varchar(10)   not null,
    annual_cost  numeric(12,2) not null,
    primary key (tenant, placement_id, flag, annual_cost)
);

-- Capital projects that add places, with their milestones (deadlines the platform reminds about).
create table capital_project (
    id                     uuid         primary key,
    tenant                 varchar(32)  not null,
    name                   varchar(300) not null,
    provider_id            uuid         not null references provider (id),
    need_type              varchar(10)  not null,
    places                 integer      not null check (places > 0),
    delivery_academic_year integer      not null,
    delivered_on           date,
    created_at             timestamptz  not null,
    version                bigint       not null
);
create index capital_project_tenant on capital_project (tenant, name);

create table capital_milestone (
    id         uuid         primary key,
    project_id uuid         not null references capital_project (id) on delete cascade,
    tenant     varchar(32)  not null,
    name       varchar(300) not null,
    due_date   date         not null,
    done_on    date
);
create index capital_milestone_due on capital_milestone (tenant, due_date) where done_on is null;
