create table provider (
    id                   uuid         primary key,
    tenant               varchar(32)  not null,
    name                 varchar(300) not null,
    type                 varchar(40)  not null,
    urn                  varchar(6),
    local_authority_area varchar(100),
    active               boolean      not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null
);
-- Independent providers may have no URN; one that has a URN is registered once per LA.
create unique index provider_tenant_urn on provider (tenant, urn) where urn is not null;
create index provider_tenant_name on provider (tenant, name);

create table provider_need_type (
    provider_id uuid        not null references provider (id) on delete cascade,
    need_type   varchar(10) not null,
    primary key (provider_id, need_type)
);
-- "Which providers offer this need type": the primary key leads with the provider, so it cannot answer that.
create index provider_need_type_need on provider_need_type (need_type);
