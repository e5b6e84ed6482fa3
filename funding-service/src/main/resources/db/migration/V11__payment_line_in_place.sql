-- Repricing (an uplift, a band change) rewrites the amount of scheduled lines in place. amount is in no index, so
-- with room left on each page PostgreSQL writes such an update as a heap-only tuple: no index entry is touched.
-- Applies to pages written from now on.
alter table payment_line set (fillfactor = 70);
