-- A programme is a tree of items (phase > task > deliverable > action / success criterion), each with
-- any number of deadlines as the LA wrote them. Tasks become items of kind TASK.
alter table task rename to plan_item;
alter index task_programme rename to plan_item_programme;
alter index task_open_due rename to plan_item_open;
alter table plan_item
    add column kind                varchar(20),
    add column parent_id           uuid references plan_item (id),
    add column ref                 varchar(40),
    add column position            integer not null default 0,
    add column rag_override        varchar(5),
    add column rag_override_reason varchar(1000),
    add column import_key          varchar(300);
update plan_item set kind = 'TASK';
alter table plan_item alter column kind set not null;
alter table plan_item alter column title type varchar(4000);
create index plan_item_parent on plan_item (parent_id);
create unique index plan_item_import_key on plan_item (programme_id, import_key) where import_key is not null;

create table item_deadline (
    id               uuid         primary key,
    tenant           varchar(32)  not null,
    item_id          uuid         not null references plan_item (id) on delete cascade,
    position         integer      not null,
    kind             varchar(12)  not null,
    due_date         date         not null,
    window_start     date,
    recurrence_month integer,
    recurrence_day   integer,
    text             varchar(200),
    met_on           date,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index item_deadline_item on item_deadline (item_id, position);
create index item_deadline_open_due on item_deadline (due_date) where met_on is null;

insert into item_deadline (id, tenant, item_id, position, kind, due_date, created_at, updated_at)
select gen_random_uuid(), tenant, id, 0, 'DAY', due_date, created_at, updated_at from plan_item where due_date is not null;

drop index plan_item_open;
alter table plan_item drop column due_date;
create index plan_item_open on plan_item (programme_id) where status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED');

alter table deadline_notice rename column task_id to item_id;

-- "blocks": the blocked item cannot be marked done while its blocker is open; "precedes": ordering only.
create table item_dependency (
    blocker_id uuid        not null references plan_item (id) on delete cascade,
    blocked_id uuid        not null references plan_item (id) on delete cascade,
    kind       varchar(10) not null,
    created_at timestamptz not null,
    primary key (blocker_id, blocked_id),
    check (blocker_id <> blocked_id)
);
create index item_dependency_blocked on item_dependency (blocked_id);
