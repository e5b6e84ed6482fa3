-- Issue 13: a webhook belongs to the client that registered it (token azp, else client_id, else sub); rows from
-- before have no owner and only an LA admin may manage them.
alter table webhook_endpoint add column owner varchar(200);
create index webhook_endpoint_owner on webhook_endpoint (tenant, owner);

-- A school user's setting (token claim urn), so that a subscription never shows them another setting's events.
alter table recipient add column setting_urn varchar(32);

-- A new e-mail address waits for its owner to confirm it (a token sent to it); until then the old one is used.
alter table recipient add column pending_email varchar(320);
alter table recipient add column pending_email_token_hash varchar(64);
alter table recipient add column pending_email_until timestamptz;
