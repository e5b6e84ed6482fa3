create table notification (
    id          uuid         primary key,
    tenant      varchar(32)  not null,
    recipient   varchar(200) not null,
    event_id    varchar(200) not null,
    event_type  varchar(200) not null,
    subject     varchar(300),
    title       varchar(500) not null,
    body        text         not null,
    due_date    date,
    created_at  timestamptz  not null,
    read_at     timestamptz,
    unique (recipient, tenant, event_id)
);
create index notification_inbox on notification (tenant, recipient, created_at desc);
create index notification_unread on notification (tenant, recipient) where read_at is null;
