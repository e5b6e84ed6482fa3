-- One outbox row may carry several events written in the same transaction (Outbox.publishAll): consecutive events
-- of one tenant and type, up to Outbox.PACK of them. Writing an onboarding batch's 200,000 decision events as 200,000
-- rows cost an insert into three indexes and, once relayed, a new 1.2 KB version of every row (and its index entries)
-- to mark it published; a pack of hundreds of events is one row to insert and one to mark.
--
-- The row's own columns (event_id, event_key, payload) are its first event, as before; event_count says how many it
-- holds, and more_keys / more_payloads (same length: event_count - 1) hold the rest, in order. A pack's payloads are
-- stored out of line and uncompressed (STORAGE EXTERNAL): compressing hundreds of kilobytes with pglz on every insert
-- would cost more CPU than it saves, and the relay's update of published_at then copies only the small row.
alter table outbox_event
    add column event_count   integer not null default 1,
    add column more_keys     text[],
    add column more_payloads text[];
alter table outbox_event alter column more_payloads set storage external;

-- Every event of the outbox, one row each, in the order the relay sends them (seq, then position in the row).
-- The relay reads through it; so can anyone checking what a service published.
create view outbox_event_each as
select o.seq, e.position, coalesce(e.event_id, o.event_id) as event_id, o.tenant, o.topic, o.event_type,
       e.event_key, e.payload, o.created_at, o.published_at
from outbox_event o
cross join lateral (
    select 0::bigint as position, null::uuid as event_id, o.event_key, o.payload
    union all
    select m.position, (m.payload::json ->> 'id')::uuid, m.event_key, m.payload
    from unnest(o.more_keys, o.more_payloads) with ordinality as m (event_key, payload, position)
) e;
