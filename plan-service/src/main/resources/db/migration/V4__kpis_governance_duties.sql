-- Success criteria as KPIs: a criterion item may carry one measure (baseline → target, which way is better)
-- and its measurements over time. "source" says where values come from: 'manual' or the event type that
-- will feed it later (e.g. uk.send.placement.placement.started.v1).
create table kpi_measure (
    item_id       uuid          primary key references plan_item (id) on delete cascade,
    tenant        varchar(32)   not null,
    name          varchar(300)  not null,
    unit          varchar(40)   not null,
    baseline      numeric(14,2) not null,
    baseline_date date          not null,
    target        numeric(14,2) not null,
    target_date   date          not null,
    direction     varchar(4)    not null,
    source        varchar(200)  not null default 'manual',
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    check (direction in ('UP', 'DOWN')),
    check (target_date > baseline_date)
);
create index kpi_measure_tenant on kpi_measure (tenant);

create table kpi_measurement (
    id          uuid          primary key,
    item_id     uuid          not null references kpi_measure (item_id) on delete cascade,
    tenant      varchar(32)   not null,
    measured_on date          not null,
    value       numeric(14,2) not null,
    note        varchar(2000),
    source      varchar(200)  not null default 'manual',
    created_at  timestamptz   not null,
    constraint kpi_measurement_once unique (item_id, measured_on, source)
);
create index kpi_measurement_newest on kpi_measurement (item_id, measured_on desc, created_at desc);

-- Governance: steering, working (e.g. one per dimension of need) and reference groups, their members and meetings.
create table governance_group (
    id                uuid         primary key,
    tenant            varchar(32)  not null,
    programme_id      uuid         references programme (id),
    kind              varchar(12)  not null,
    name              varchar(300) not null,
    dimension_of_need varchar(200),
    remit             text,
    chair             varchar(300),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null
);
create index governance_group_tenant on governance_group (tenant, name);
create index governance_group_programme on governance_group (programme_id);

create table group_member (
    id           uuid         primary key,
    group_id     uuid         not null references governance_group (id) on delete cascade,
    name         varchar(200),
    role         varchar(300) not null,
    organisation varchar(300),
    position     integer      not null
);
create index group_member_group on group_member (group_id, position);

create table group_meeting (
    id         uuid         primary key,
    group_id   uuid         not null references governance_group (id) on delete cascade,
    held_on    date         not null,
    title      varchar(300) not null,
    notes      text,
    created_at timestamptz  not null
);
create index group_meeting_newest on group_meeting (group_id, held_on desc, created_at desc);

-- Statutory duties (SEND reforms 2014): one row per duty area and level, loaded from a catalogue; the LA
-- records how far each is met and the evidence.
create table statutory_duty (
    id                uuid          primary key,
    tenant            varchar(32)   not null,
    area              varchar(200)  not null,
    level             varchar(6)    not null,
    due_by            date,
    by_requirement    text,
    after_requirement text,
    status            varchar(10)   not null,
    evidence          text,
    evidence_url      varchar(2000),
    updated_by        varchar(200),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint statutory_duty_area_level unique (tenant, area, level),
    check (level in ('MUST', 'SHOULD')),
    check (status in ('NOT_MET', 'PARTLY_MET', 'MET'))
);
