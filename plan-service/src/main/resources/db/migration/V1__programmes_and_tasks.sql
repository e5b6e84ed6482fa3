create table programme (
    id          uuid         primary key,
    tenant      varchar(32)  not null,
    title       varchar(300) not null,
    kind        varchar(40)  not null,
    description text,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
create index programme_tenant on programme (tenant, created_at);

create table task (
    id                uuid         primary key,
    tenant            varchar(32)  not null,
    programme_id      uuid         not null references programme (id),
    title             varchar(500) not null,
    lead_officer_id   varchar(200),
    lead_officer_name varchar(200),
    due_date          date,
    status            varchar(20)  not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null
);
create index task_programme on task (programme_id);
create index task_open_due on task (due_date) where status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED');

-- One row per reminder sent: makes each "approaching" (per lead time) and "missed" go out once per task and due date.
create table deadline_notice (
    task_id    uuid        not null references task (id),
    kind       varchar(20) not null,
    lead_days  integer     not null,
    due_date   date        not null,
    created_at timestamptz not null,
    primary key (task_id, kind, lead_days, due_date)
);
