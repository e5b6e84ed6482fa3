-- Banding, top-up and payments (issue 10). Money is numeric(12,2); months are stored as their first day.

-- Each LA's funding policy: how part years are priced and how often settings are paid; its term dates.
create table funding_policy (
    tenant           varchar(32) primary key,
    pro_rata_method  varchar(20) not null,
    frequency        varchar(10) not null,
    school_year_days int         not null,
    terms            jsonb       not null,
    updated_at       timestamptz not null,
    version          bigint      not null
);

-- Banding schemes: one per LA, financial year (start year) and setting category, in numbered versions.
-- An approved version is never edited; a new version takes effect from its effective_from.
create table banding_scheme (
    id             uuid         primary key,
    tenant         varchar(32)  not null,
    financial_year int          not null,
    category       varchar(40)  not null,
    version_no     int          not null,
    effective_from date         not null,
    status         varchar(10)  not null,
    bands          jsonb        not null,
    matrix         jsonb,
    uplift_rule    varchar(200),
    derived_from   uuid         references banding_scheme (id),
    approved_by    varchar(200),
    approved_at    timestamptz,
    forum_minute   varchar(200),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null,
    constraint banding_scheme_version unique (tenant, financial_year, category, version_no)
);

-- Bands agreed by the SEN panel (or on appeal) for an EHCP, from a date.
create table ehcp_band (
    id              uuid         primary key,
    tenant          varchar(32)  not null,
    ehcp_ref        varchar(64)  not null,
    band_code       varchar(20)  not null,
    effective_from  date         not null,
    panel_date      date         not null,
    suggested_band  varchar(20),
    matrix_version  int,
    needs_levels    jsonb,
    reason          varchar(2000),
    source          varchar(10)  not null,
    scheme_id       uuid         references banding_scheme (id),
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz  not null
);
create index ehcp_band_tenant_ref on ehcp_band (tenant, ehcp_ref, effective_from);

-- Places commissioned per setting and academic year (start year), entered here until placement-service publishes them.
create table place_commission (
    tenant         varchar(32)   not null,
    setting_urn    varchar(8)    not null,
    academic_year  int           not null,
    places         int           not null,
    rate_per_place numeric(12,2) not null,
    updated_at     timestamptz   not null,
    primary key (tenant, setting_urn, academic_year)
);

-- The last pay month of a financial year already paid: lines paid in it or before are never rewritten.
create table payment_close (
    tenant         varchar(32)  not null,
    financial_year int          not null,
    paid_through   date         not null,
    closed_by      varchar(200) not null,
    closed_at      timestamptz  not null,
    primary key (tenant, financial_year)
);

-- Payment schedule lines: top-up per EHCP and place funding per setting, per month the money is for,
-- paid in pay_month; adjustment lines correct a paid month and say why.
create table payment_line (
    id             bigserial     primary key,
    tenant         varchar(32)   not null,
    financial_year int           not null,
    setting_urn    varchar(8)    not null,
    ehcp_ref       varchar(64),
    element        varchar(20)   not null,
    for_month      date          not null,
    pay_month      date          not null,
    adjustment     boolean       not null,
    amount         numeric(12,2) not null,
    band_code      varchar(20),
    reason         varchar(500),
    created_at     timestamptz   not null
);
create index payment_line_setting on payment_line (tenant, setting_urn, financial_year, pay_month);
create index payment_line_ehcp on payment_line (tenant, ehcp_ref, financial_year) where ehcp_ref is not null;
create index payment_line_year on payment_line (tenant, financial_year);

-- EHCPs whose top-up must be recomputed (marked cheaply in the intake's transaction, drained in batches).
create table topup_pending (
    tenant    varchar(32)  not null,
    ehcp_ref  varchar(64)  not null,
    reason    varchar(300) not null,
    marked_at timestamptz  not null,
    primary key (tenant, ehcp_ref)
);

-- Band appeals heard by the SEN panel.
create table band_appeal (
    id               uuid         primary key,
    tenant           varchar(32)  not null,
    ehcp_ref         varchar(64)  not null,
    setting_urn      varchar(8)   not null,
    current_band     varchar(20),
    requested_band   varchar(20)  not null,
    reasons          varchar(4000) not null,
    lodged_by        varchar(200) not null,
    lodged_at        timestamptz  not null,
    hear_by          date         not null,
    status           varchar(10)  not null,
    hearing_date     date,
    outcome_band     varchar(20),
    backdate_from    date,
    decision_reason  varchar(4000),
    decided_by       varchar(200),
    decided_at       timestamptz,
    due_notified_at  timestamptz,
    version          bigint       not null
);
create index band_appeal_tenant on band_appeal (tenant, status, hear_by);
