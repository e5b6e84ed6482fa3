-- Per-place pricing (issue 10: "some price special schools per place"): a scheme's bands are either the top-up
-- of a child (BANDED) or the whole price of a place (PER_PLACE), of which place_value is the place funding.
alter table banding_scheme add column pricing varchar(10) not null default 'BANDED';
alter table banding_scheme add column place_value numeric(12,2);
