-- Lead officers as plans name them: initials (unique per LA), name, title and how to reach them.
create table person (
    id         uuid         primary key,
    tenant     varchar(32)  not null,
    initials   varchar(10)  not null,
    name       varchar(200) not null,
    title      varchar(300),
    email      varchar(320),
    login      varchar(200),
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null,
    unique (tenant, initials)
);

-- Each import of an action plan and its report, so an LA can see what came from where.
create table programme_import (
    id           uuid         primary key,
    tenant       varchar(32)  not null,
    programme_id uuid         not null references programme (id),
    format       varchar(40)  not null,
    content_hash varchar(64)  not null,
    report       text         not null,
    imported_by  varchar(200) not null,
    created_at   timestamptz  not null
);
create index programme_import_programme on programme_import (programme_id, created_at desc);
