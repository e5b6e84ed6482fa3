-- Commissioned places as placement-service publishes them (uk.send.placement.places.commissioned.v1): one row per
-- setting, academic year and need type, so a later event for one need type replaces only its own row. The setting's
-- places for the year (place_commission.places) are the sum of its rows. event_time orders the events of one row:
-- an older event arriving late changes nothing.
create table place_commission_need (
    tenant        varchar(32)  not null,
    setting_urn   varchar(8)   not null,
    academic_year int          not null,
    need_type     varchar(40)  not null,
    places        int          not null,
    source        varchar(20),
    event_time    timestamptz  not null,
    updated_at    timestamptz  not null,
    primary key (tenant, setting_urn, academic_year, need_type)
);
