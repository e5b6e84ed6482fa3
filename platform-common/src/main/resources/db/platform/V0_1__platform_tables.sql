-- Tables every service has: the transactional outbox, the consumed-event log and idempotency keys.
-- Versions 0_x are reserved for these shared migrations (db/platform); each service's own start at V1.

create table outbox_event (
    seq          bigserial primary key,
    event_id     uuid         not null unique,
    tenant       varchar(32)  not null,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
create index processed_event_processed_at on processed_event (processed_at);

create table idempotency_record (
    tenant        varchar(32)  not null,
    idem_key      varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        integer,
    body          text,
    location      text,
    etag          varchar(100),
    created_at    timestamptz  not null,
    primary key (tenant, idem_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
