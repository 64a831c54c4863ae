-- Journey maps. A journey has numbered versions; a published version is never changed again,
-- the one draft is where editing happens. journey.revision guards against lost updates. Stage and touchpoint keys survive across versions.
create table journey (
  id           bigint generated always as identity primary key,
  workspace_id bigint not null references workspace (id) on delete cascade,
  name         varchar(120) not null,
  description  text not null default '',
  revision     int not null default 0,
  created_at   timestamp with time zone not null default now(),
  updated_at   timestamp with time zone not null default now()
);
create index journey_workspace_idx on journey (workspace_id);

create table journey_version (
  id           bigint generated always as identity primary key,
  journey_id   bigint not null references journey (id) on delete cascade,
  number       int not null,
  status       varchar(10) not null check (status in ('DRAFT', 'PUBLISHED')),
  created_at   timestamp with time zone not null default now(),
  published_at timestamp with time zone,
  published_by varchar(320),
  unique (journey_id, number)
);
create unique index journey_version_one_draft_idx on journey_version (journey_id) where status = 'DRAFT';

create table stage (
  id          bigint generated always as identity primary key,
  version_id  bigint not null references journey_version (id) on delete cascade,
  stage_key   uuid not null,
  position    int not null,
  name        varchar(120) not null,
  moment_kind varchar(15) not null,
  description text not null default '',
  unique (version_id, position),
  unique (version_id, stage_key)
);

create table touchpoint (
  id              bigint generated always as identity primary key,
  stage_id        bigint not null references stage (id) on delete cascade,
  touchpoint_key  uuid not null,
  position        int not null,
  name            varchar(120) not null,
  channel         varchar(15) not null,
  expectation     text not null default '',
  owner_team      varchar(120) not null default '',
  nps_target      int,
  csat_target     int,
  ces_target      numeric(3, 1),
  moment_of_truth boolean not null default false,
  unique (stage_id, position)
);
create index touchpoint_key_idx on touchpoint (touchpoint_key);
