-- Top-slice, schools forum votes and block transfer (issue 12; this feature owns V30-V39).

-- The base of a top-slice: each setting's budget share and pupil numbers for a financial year (1 April to 31 March).
create table setting_budget (
    setting_id     uuid          not null references setting (id),
    financial_year int           not null,
    tenant         varchar(32)   not null,
    budget_share   numeric(12,2),
    pupils         int,
    updated_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    primary key (setting_id, financial_year),
    constraint setting_budget_some_base check (budget_share is not null or pupils is not null)
);
create index setting_budget_tenant_year on setting_budget (tenant, financial_year);

-- How an LA's schools forum decides each kind of question: the rule as data (see VotingRule).
create table forum_voting_rule (
    tenant           varchar(32)  not null,
    decision         varchar(20)  not null,
    threshold        varchar(30)  not null,
    voters           varchar(400) not null,
    same_phase_only  boolean      not null,
    total_membership int,
    updated_by       varchar(200) not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    primary key (tenant, decision)
);

-- A proposal to fund a central service from mainstream schools' budgets, with the figures the forum votes on.
create table top_slice (
    id               uuid          primary key,
    tenant           varchar(32)   not null,
    name             varchar(200)  not null,
    purpose          varchar(2000) not null,
    financial_year   int           not null,
    sum_needed       numeric(12,2) not null,
    base             varchar(20)   not null,
    setting_types    varchar(400)  not null,
    settings         int           not null,
    settings_without_base int      not null,
    status           varchar(20)   not null,
    meeting_date     date,
    minute_ref       varchar(200),
    votes_for        int,
    votes_against    int,
    abstentions      int,
    not_eligible     int,
    quorate          boolean,
    threshold        varchar(30),
    traded_model     varchar(20),
    price_per_school numeric(12,2),
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null
);
create index top_slice_tenant on top_slice (tenant, created_at desc);

create table top_slice_deduction (
    top_slice_id      uuid          not null references top_slice (id) on delete cascade,
    urn               varchar(6)    not null,
    setting_type      varchar(40)   not null,
    base_value        numeric(14,2) not null,
    budget_share      numeric(12,2),
    deduction         numeric(12,2) not null,
    percent_of_budget numeric(18,3),
    primary key (top_slice_id, urn)
);

-- Moving money from the schools block to the high needs block for one financial year.
create table block_transfer (
    id                     uuid          primary key,
    tenant                 varchar(32)   not null,
    financial_year         int           not null,
    amount                 numeric(12,2) not null,
    schools_block_total    numeric(12,2) not null,
    reason                 varchar(2000) not null,
    needs_disapplication   boolean       not null,
    status                 varchar(30)   not null,
    forum_supported        boolean,
    meeting_date           date,
    minute_ref             varchar(200),
    votes_for              int,
    votes_against          int,
    abstentions            int,
    not_eligible           int,
    quorate                boolean,
    disapplication_requested_on date,
    disapplication_outcome varchar(20),
    disapplication_decided_on   date,
    disapplication_ref     varchar(200),
    agreed_on              date,
    created_by             varchar(200)  not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null
);
create index block_transfer_tenant on block_transfer (tenant, financial_year desc, created_at desc);

-- Each member's vote on a top-slice or a block transfer, with the category they sit for.
create table forum_vote (
    subject_id uuid         not null,
    tenant     varchar(32)  not null,
    member_ref varchar(100) not null,
    category   varchar(40)  not null,
    choice     varchar(10)  not null,
    counted    boolean      not null,
    primary key (subject_id, member_ref)
);
