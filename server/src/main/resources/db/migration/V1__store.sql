-- Geography: the areas and the trees they sit in, versioned by validity dates.
create table area (
    code       text primary key,
    ods_code   text,
    ons_code   text,
    name       text not null,
    type       text not null,
    valid_from date,
    valid_to   date
);
create index area_ods on area (ods_code);
create index area_ons on area (ons_code);

create table area_link (
    child      text not null references area (code),
    parent     text not null references area (code),
    hierarchy  text not null,
    valid_from date,
    valid_to   date,
    weight     double precision not null default 1,
    primary key (child, parent, hierarchy)
);
create index area_link_parent on area_link (parent, hierarchy);

-- One row per file or request that brought observations in.
create table submission (
    id              bigserial primary key,
    file_name       text not null,
    fingerprint     text not null,
    source          text not null,
    received_at     timestamptz not null,
    received_by     text not null,
    rows_total      integer not null,
    rows_new        integer not null,
    rows_revised    integer not null,
    rows_unchanged  integer not null
);

-- Observations are append-only. A changed value is a new revision; the row it replaces is kept and
-- marked superseded, so any read can be asked "as at" a past time.
create table observation (
    id                 bigserial primary key,
    metric_id          text not null,
    definition_version integer not null,
    area_code          text not null references area (code),
    period             text not null,
    period_type        text not null,
    period_start       date not null,
    period_end         date not null,
    breakdown          text not null default '',
    numerator          double precision,
    denominator        double precision,
    value              double precision,
    status             text not null,
    revision           integer not null,
    submission_id      bigint not null references submission (id),
    recorded_at        timestamptz not null,
    superseded_at      timestamptz,
    check (superseded_at is null or superseded_at >= recorded_at)
);
create unique index observation_current
    on observation (metric_id, area_code, period, breakdown) where superseded_at is null;
create index observation_history
    on observation (metric_id, area_code, period, breakdown, recorded_at);
create index observation_area on observation (area_code, metric_id);

-- Reference loads (geography, shipped open data) done, so a restart skips what is already there.
create table reference_load (
    name        text primary key,
    fingerprint text not null,
    loaded_at   timestamptz not null
);
