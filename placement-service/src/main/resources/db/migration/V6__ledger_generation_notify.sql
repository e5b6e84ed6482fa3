-- The ledger's generation is also announced: the same function now sends pg_notify('ledger_generation',
-- '<tenant>:<generation>') when it moves it, so every replica learns the new generation from PostgreSQL (at
-- commit: NOTIFY is transactional) instead of reading it before each ledger read (platform-common Generations).
create or replace function ledger_changed() returns trigger language plpgsql as $$
declare
    la     varchar(32) := case when tg_op = 'DELETE' then old.tenant else new.tenant end;
    bumped text        := coalesce(current_setting('send.ledger_bumped', true), '');
    moved  bigint;
begin
    if position('|' || la || '|' in bumped) = 0 then
        insert into ledger_generation (tenant, generation) values (la, 1)
            on conflict (tenant) do update set generation = ledger_generation.generation + 1
            returning generation into moved;
        perform set_config('send.ledger_bumped', bumped || '|' || la || '|', true);
        perform pg_notify('ledger_generation', la || ':' || moved);
    end if;
    return null;
end
$$;
