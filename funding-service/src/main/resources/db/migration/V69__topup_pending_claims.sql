-- The top-up drain claimed pending EHCPs with SELECT ... FOR UPDATE SKIP LOCKED and held those row locks while it
-- priced them (seconds for 2,000 EHCPs), so a decision about one of them (a POST, a batch chunk) waited in its
-- ON CONFLICT DO UPDATE until the drain committed: 5.3 s for one POST in the intake benchmark. A claim is now a
-- mark on the row, made and committed on its own (claimed_at), and mark_seq tells the drain whether a decision
-- marked the EHCP again while it was being priced: the drain deletes only rows whose mark_seq is the one it
-- claimed and releases the others, which the next drain prices again. A claim whose drain died is taken again
-- after a lease (TopUpPendingRepository.LEASE).
create sequence topup_pending_mark_seq;
alter table topup_pending add column mark_seq bigint not null default 0;
alter table topup_pending alter column mark_seq set default nextval('topup_pending_mark_seq');
alter table topup_pending add column claimed_at timestamptz;
