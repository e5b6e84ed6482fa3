-- The place ledger's generation: a per-LA number that moves in the same transaction as any change to what
-- the ledger shows (providers, places commissioned, placements, the vacancy band). A ledger read compares
-- it with the generation of a page it computed before and answers from memory when they are equal, so a
-- read costs one primary-key lookup and a change shows in the very next read, on every instance.
create table ledger_generation (
    tenant     varchar(32) primary key,
    generation bigint      not null
);

-- Moves the generation of the changed row's LA, once per transaction and LA. It runs as a deferred
-- constraint trigger, i.e. at commit, after every other lock the transaction takes: the generation row is
-- always the last lock a writer takes, so it can never be part of a deadlock with the ledger's own
-- row locks (commission rows locked "for update" before placements are written, or the other way round).
create function ledger_changed() returns trigger language plpgsql as $$
declare
    la     varchar(32) := case when tg_op = 'DELETE' then old.tenant else new.tenant end;
    bumped text        := coalesce(current_setting('send.ledger_bumped', true), '');
begin
    if position('|' || la || '|' in bumped) = 0 then
        insert into ledger_generation (tenant, generation) values (la, 1)
            on conflict (tenant) do update set generation = ledger_generation.generation + 1;
        perform set_config('send.ledger_bumped', bumped || '|' || la || '|', true);
    end if;
    return null;
end
$$;

create constraint trigger ledger_placement_changed after insert or update or delete on placement
    deferrable initially deferred for each row execute function ledger_changed();
create constraint trigger ledger_commission_changed after insert or update or delete on commissioned_places
    deferrable initially deferred for each row execute function ledger_changed();
create constraint trigger ledger_provider_changed after insert or update or delete on provider
    deferrable initially deferred for each row execute function ledger_changed();
create constraint trigger ledger_settings_changed after insert or update or delete on placement_settings
    deferrable initially deferred for each row execute function ledger_changed();
