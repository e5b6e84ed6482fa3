-- The deadline scan records its notices and returns; the notices are then published as events in small
-- transactions by DeadlineNoticePublisher (in seq order), so a scan that finds tens of thousands of overdue
-- deadlines holds its row locks for a fraction of a second instead of for the whole fan-out.
alter table deadline_notice add column seq bigserial;
alter table deadline_notice add column scan_date date;
alter table deadline_notice add column published_at timestamptz;
-- Notices recorded before this version were published by the scan itself.
update deadline_notice set scan_date = cast(created_at as date), published_at = created_at;
alter table deadline_notice alter column scan_date set not null;
create unique index deadline_notice_seq on deadline_notice (seq);
create index deadline_notice_pending on deadline_notice (seq) where published_at is null;
