-- The register of settings (schools and other settings) each LA funds. A URN is unique within an LA.
create table setting (
    id         uuid         primary key,
    tenant     varchar(32)  not null,
    urn        varchar(6)   not null,
    name       varchar(300) not null,
    type       varchar(40)  not null,
    cluster    varchar(100),
    active     boolean      not null default true,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null,
    constraint setting_tenant_urn unique (tenant, urn)
);
create index setting_tenant_name on setting (tenant, name);
