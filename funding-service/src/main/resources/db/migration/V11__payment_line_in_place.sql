-- Repricing (an uplift, a band change) rewrites the amount of scheduled lines in place. amount is in no index, so
-- with room left on the page PostgreSQL writes such an update as a heap-only tuple: no index entry is touched.
-- An uplift rewrites up to three quarters of a year's lines (May to March of every child), so pages are left half
-- empty: room for a new version of nearly every row of the page, and pruned old versions free it again for the next.
-- Applies to pages written from now on.
alter table payment_line set (fillfactor = 50);
