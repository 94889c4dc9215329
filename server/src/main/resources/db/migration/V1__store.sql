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

-- A series is one metric for one area and one breakdown; observations belong to a series. Keeping the
-- text keys here once makes observation rows and their index small at national scale.
create table series (
    id        bigint generated always as identity primary key,
    metric_id text not null,
    area_code text not null references area (code),
    breakdown text not null default '',
    unique (metric_id, area_code, breakdown)
);
create index series_area on series (area_code);

-- Observations are append-only. A changed value is a new revision; the row it replaces is kept and
-- marked superseded, so any read can be asked "as at" a past time. Only the submission writer adds
-- rows (one submission at a time, under an advisory lock), and it checks series and submissions
-- itself, so there are no per-row foreign key checks on this, the largest table.
create table observation (
    series_id          bigint not null,
    period             text collate "C" not null,
    period_type        text not null,
    period_start       date not null,
    period_end         date not null,
    definition_version integer not null,
    numerator          double precision,
    denominator        double precision,
    value              double precision,
    status             text not null,
    revision           integer not null,
    submission_id      bigint not null,
    recorded_at        timestamptz not null,
    superseded_at      timestamptz,
    check (superseded_at is null or superseded_at >= recorded_at)
);
-- What is current: one row per series and period.
create unique index observation_current on observation (series_id, period) where superseded_at is null;
-- What was: superseded rows only, so adding new observations does not touch this index.
create index observation_superseded on observation (series_id, period, recorded_at)
    where superseded_at is not null;

-- Reference loads (geography, shipped open data) done, so a restart skips what is already there.
create table reference_load (
    name        text primary key,
    fingerprint text not null,
    loaded_at   timestamptz not null
);
