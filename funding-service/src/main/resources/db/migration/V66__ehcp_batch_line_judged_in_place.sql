-- A batch line is judged once: one update writes its outcome and clears its content (issue 9, batch speed). With
-- outcome in an index, PostgreSQL wrote each such update as a new row version on another page plus a new entry in
-- both indexes: in a 200,000-line batch that update was 7.8 s of database time (pg_stat_statements), the third
-- largest of the funding database. With no index on any column the update changes, and room left on each page for
-- the smaller judged version of its lines, it is a heap-only tuple on the same page: no index entry is written.
-- A batch's lines of one outcome (the report's ?outcome= filter, its count) are read in line order through the
-- primary key, filtering on outcome: at most the batch's line limit (send.ehcp.batch.max-lines) rows.
drop index ehcp_batch_line_outcome;
-- A line as received is ~200 bytes (its JSON), judged ~90 (content cleared): 60% filled leaves room on every page
-- for the judged version of each of its lines while the chunk's transaction still holds the old ones.
alter table ehcp_batch_line set (fillfactor = 60);
