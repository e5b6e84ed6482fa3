-- Payment statements are served from serialized bytes cached per (LA, setting, year) and generation (issue 10, statement
-- read speed). An LA's generation moves, in the writing transaction, with every change to anything a statement shows:
-- its payment lines (whoever writes them: top-up, place funding, protection, appeals), its paid-through months, its
-- funding policy (payment frequency), its banding schemes (pricing) and its register (setting type, a setting removed).
-- A cached statement is served only at the generation it was built at, so no statement is ever stale; the ETag is the
-- generation. pg_notify tells the listeners of every instance the new generation when the transaction commits.
create table statement_generation (
    tenant     varchar(32) primary key,
    generation bigint      not null
);

-- One row per transaction and LA whose statements changed; its deferred trigger moves the generation at commit.
create table statement_generation_due (
    tenant varchar(32) not null
);

-- After each statement on a table a statement shows (once per statement, not per row: an uplift updates 200,000 lines
-- in one): each LA in the statement's transition table that this transaction has not yet marked is marked due.
create function statement_generation_mark() returns trigger language plpgsql as $$
declare
    la     varchar(32);
    marked text := coalesce(current_setting('send.statement_marked', true), '');
begin
    for la in select distinct tenant from changed loop
        if position('|' || la || '|' in marked) = 0 then
            insert into statement_generation_due (tenant) values (la);
            marked := marked || '|' || la || '|';
            perform set_config('send.statement_marked', marked, true);
        end if;
    end loop;
    return null;
end
$$;

-- At commit, after every other lock the transaction takes: the generation row is always the last lock a writer takes,
-- so it is never part of a deadlock with the schedule lock or the rows a writer locks (as placement's ledger, V5 there).
create function statement_generation_bump() returns trigger language plpgsql as $$
declare
    g bigint;
begin
    insert into statement_generation as s (tenant, generation) values (new.tenant, 1)
    on conflict (tenant) do update set generation = s.generation + 1
    returning s.generation into g;
    delete from statement_generation_due where tenant = new.tenant;
    perform pg_notify('funding_statement', new.tenant || ':' || g);
    return null;
end
$$;

create constraint trigger statement_generation_due_bump after insert on statement_generation_due
    deferrable initially deferred for each row execute function statement_generation_bump();

-- A trigger with transition tables serves one event only: three per table.
do $$
declare
    tbl text;
begin
    foreach tbl in array array['payment_line', 'payment_close', 'funding_policy', 'banding_scheme', 'setting'] loop
        execute format('create trigger %1$s_statement_ins after insert on %1$s referencing new table as changed '
                       'for each statement execute function statement_generation_mark()', tbl);
        execute format('create trigger %1$s_statement_upd after update on %1$s referencing new table as changed '
                       'for each statement execute function statement_generation_mark()', tbl);
        execute format('create trigger %1$s_statement_del after delete on %1$s referencing old table as changed '
                       'for each statement execute function statement_generation_mark()', tbl);
    end loop;
end
$$;
