-- EHCPs placed at one setting with one agreed band for the whole of a financial year, as last priced (issue 10, uplift
-- speed). Their top-up depends only on the setting's category and the band, so an approved uplift reprices all of them
-- with a few set-based statements from one price per band and month; every other EHCP is priced on its own. Written
-- whenever an EHCP's year is priced; a row is only a hint: the set-based repricing checks each EHCP's stored lines
-- against it and leaves any EHCP that does not match to the per-EHCP pricing.
create table topup_whole_year (
    tenant         varchar(32) not null,
    financial_year int         not null,
    ehcp_ref       varchar(64) not null,
    setting_urn    varchar(8)  not null,
    band_code      varchar(20) not null,
    primary key (tenant, financial_year, ehcp_ref)
);
