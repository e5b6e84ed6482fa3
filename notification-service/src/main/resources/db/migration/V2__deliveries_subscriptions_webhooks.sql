-- People the service writes to: refreshed from their token whenever they use the API, or created when
-- an event first names them. Preferences are theirs to change within what the LA requires.
create table recipient (
    tenant            varchar(32)  not null,
    person            varchar(200) not null,
    display_name      varchar(200),
    email             varchar(320),
    roles             varchar(500) not null default '',
    email_enabled     boolean      not null default true,
    digest_only       boolean      not null default false,
    muted_programmes  varchar(4000) not null default '',
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    primary key (tenant, person)
);

-- Rules saying who hears about what beyond the built-in default (a deadline's lead officer).
create table subscription (
    id            uuid         primary key,
    tenant        varchar(32)  not null,
    event_types   varchar(300) not null,
    audience      varchar(20)  not null,
    role          varchar(40),
    person        varchar(200),
    programme_id  uuid,
    setting_urn   varchar(6),
    provider_id   uuid,
    channel       varchar(10)  not null,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null,
    version       bigint       not null
);
create index subscription_tenant on subscription (tenant);

create table webhook_endpoint (
    id                   uuid          primary key,
    tenant               varchar(32)   not null,
    url                  varchar(2000) not null,
    event_types          varchar(1000) not null,
    secret               varchar(200)  not null,
    previous_secret      varchar(200),
    previous_secret_until timestamptz,
    active               boolean       not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null
);
create index webhook_endpoint_tenant on webhook_endpoint (tenant) where active;

-- One row per message to send by email or webhook. The row is written in the same transaction as the
-- consumed event's claim, so a crash never loses it; dedup_key makes a repeat impossible.
create table delivery (
    id               uuid          primary key,
    tenant           varchar(32)   not null,
    dedup_key        varchar(300)  not null,
    event_id         varchar(200),
    event_type       varchar(200)  not null,
    channel          varchar(10)   not null,
    recipient        varchar(2000) not null,
    endpoint_id      uuid,
    subject          varchar(500),
    body_text        text,
    body_html        text,
    status           varchar(10)   not null,
    attempts         integer       not null default 0,
    first_attempt_at timestamptz,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    unique (tenant, dedup_key, channel, recipient)
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index delivery_event on delivery (event_id);
create index delivery_status on delivery (tenant, status, created_at desc);

create table delivery_attempt (
    id           bigserial     primary key,
    delivery_id  uuid          not null references delivery (id),
    attempted_at timestamptz   not null,
    outcome      varchar(10)   not null,
    http_status  integer,
    error        varchar(2000)
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id, attempted_at);

-- What notification-service knows of open deadlines, from plan events: feeds overdue repeats and digests.
create table tracked_deadline (
    tenant             varchar(32)  not null,
    item_id            uuid         not null,
    recipient          varchar(200) not null,
    programme_id       uuid,
    programme_title    varchar(300),
    item_title         varchar(500) not null,
    due_date           date         not null,
    open               boolean      not null,
    last_reminder_date date,
    updated_at         timestamptz  not null,
    primary key (tenant, item_id)
);
create index tracked_deadline_recipient on tracked_deadline (tenant, recipient) where open;

create table digest_run (
    tenant      varchar(32)  not null,
    person      varchar(200) not null,
    digest_date date         not null,
    created_at  timestamptz  not null,
    primary key (tenant, person, digest_date)
);
