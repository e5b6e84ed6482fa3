-- A decision's payload is kept as the text funding-service published (json), not converted to jsonb: plan-service only
-- ever reads it back whole (payload::text) to rebuild a timeline, and never queries inside it. Converting each 1 KB
-- payload to jsonb on the way in, and back to text on every read, was PostgreSQL work for nothing: an onboarding
-- batch stores 200,000 of them. json still refuses text that is not JSON.
alter table ehcp_decision alter column payload type json using payload::json;
