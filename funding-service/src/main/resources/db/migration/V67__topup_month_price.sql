-- Whole-year children's unpaid months read their amount from one shared price (issue 10, uplift speed).
--
-- A child placed at one setting with one agreed band for a whole financial year is due, for each month, exactly what
-- every such child of the same funding category and band is due (WholeYearPrices). Until now each of their monthly
-- lines held its own copy of that amount, so an uplift of the mainstream scheme rewrote 150,000+ lines of a large LA.
-- Now such a line, while its month is unpaid, holds no amount of its own but the id of the month's price; an uplift
-- rewrites the ~150 prices instead, and every line reading them shows the new amount in the same transaction.
--
-- Invariants (kept by ScheduleWriter, TopUpService and PaymentLineRepository.close):
--   * a line has its own amount or a price, never both nor neither;
--   * only an unpaid, scheduled (not adjustment) top-up line reads a price, whose month, pay month, category and band
--     are its own; closing a month copies the price into the lines paid in it, so a paid line never changes again;
--   * lines read the prices of (category, band) only for EHCPs recorded in topup_whole_year as linked to them.
-- Every reader reads payment_line_due, which resolves the amount.
create table topup_month_price (
    id             bigserial     primary key,
    tenant         varchar(32)   not null,
    financial_year int           not null,
    category       varchar(40)   not null,
    band_code      varchar(20)   not null,
    for_month      date          not null,
    pay_month      date          not null,
    amount         numeric(12,2) not null,
    constraint topup_month_price_cell unique (tenant, financial_year, category, band_code, for_month, pay_month)
);

-- No foreign key: a price is never deleted, and the referential check would cost each of an LA's first 480,000 lines
-- a probe and a row lock.
alter table payment_line add column price_id bigint;
alter table payment_line alter column amount drop not null;
alter table payment_line add constraint payment_line_amount_or_price check ((amount is null) <> (price_id is null));

create view payment_line_due as
select l.id, l.tenant, l.financial_year, l.setting_urn, l.ehcp_ref, l.element, l.for_month, l.pay_month, l.adjustment,
       coalesce(l.amount, p.amount) as amount, l.band_code, l.reason, l.created_at, l.price_id
from payment_line l
left join topup_month_price p on p.id = l.price_id;

-- What the EHCP's lines were linked to when it was last priced: the category of its setting then, whether every
-- unpaid scheduled line of it reads a price, and the months it was due anything (bit 0 April ... bit 11 March). An
-- uplift leaves to the prices only linked EHCPs whose setting is still of that category and whose (category, band) is
-- due in the same months now (a month newly priced needs a line, a month no longer priced loses one); the rest (rows
-- written before V67 included) are priced one by one, which links them.
alter table topup_whole_year add column category varchar(40);
alter table topup_whole_year add column linked boolean not null default false;
alter table topup_whole_year add column due_months int;

-- A price changes what statements show.
create trigger topup_month_price_statement_ins after insert on topup_month_price referencing new table as changed
    for each statement execute function statement_generation_mark();
create trigger topup_month_price_statement_upd after update on topup_month_price referencing new table as changed
    for each statement execute function statement_generation_mark();
create trigger topup_month_price_statement_del after delete on topup_month_price referencing old table as changed
    for each statement execute function statement_generation_mark();
