-- The funding fields of each logged decision as plain columns, so that reading an LA's EHCP positions (the banding
-- impact model, issue 12) touches no jsonb: pulling them out of 20,000 payloads per model was most of its time.
-- The payload stays the source of truth: the columns are GENERATED from it by PostgreSQL in the same insert, so
-- every writer of the log (the intake, and anything seeding it by SQL) fills them, they can never disagree with
-- the payload, and this migration backfills the existing rows as it adds them (the table is rewritten once).

-- An ISO date (yyyy-mm-dd, as Jackson writes a LocalDate) as a date. A text-to-date cast is only STABLE in general
-- (it reads DateStyle for ambiguous forms), but the ISO form is read the same under every DateStyle, which is what
-- lets a generated column use it.
create function ehcp_iso_date(iso text) returns date language sql immutable strict parallel safe
    as $$ select iso::date $$;

alter table ehcp_decision
    add column setting_urn    text generated always as (payload -> 'settingUrns' ->> 0) stored,
    add column band_code      text generated always as (payload ->> 'bandCode') stored,
    add column effective_date date generated always as (ehcp_iso_date(payload ->> 'effectiveDate')) stored,
    add column review_outcome text generated always as (payload ->> 'reviewOutcome') stored;

-- Serves the position read of one LA by an index-only scan: the current (not superseded) decisions that can move
-- a child or its band, with every field that read needs.
create index ehcp_decision_position on ehcp_decision (tenant)
    include (ehcp_ref, effective_kind, setting_urn, band_code, effective_date, decision_date, review_outcome, recorded_at)
    where superseded_by is null and effective_kind in ('FINAL_PLAN_ISSUED', 'AMENDED_PLAN_ISSUED', 'TRANSFER_IN', 'REVIEW_DECISION');
