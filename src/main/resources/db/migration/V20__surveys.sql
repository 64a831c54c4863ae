-- Surveys: a versioned JSON definition per survey, bound to a journey touchpoint.
create table survey (
  id              bigint generated always as identity primary key,
  workspace_id    bigint not null references workspace (id) on delete cascade,
  public_id       varchar(24) not null unique,
  name            varchar(200) not null,
  touchpoint_key  uuid,
  status          varchar(10) not null default 'DRAFT',
  version         int not null default 1,
  definition      jsonb not null,
  created_at      timestamp with time zone not null default now(),
  updated_at      timestamp with time zone not null default now()
);
create index survey_workspace_idx on survey (workspace_id);
create index survey_touchpoint_idx on survey (workspace_id, touchpoint_key);

create table survey_version (
  survey_id   bigint not null references survey (id) on delete cascade,
  version     int not null,
  definition  jsonb not null,
  created_at  timestamp with time zone not null default now(),
  primary key (survey_id, version)
);

-- Personal invitations.
create table survey_invitation (
  id             bigint generated always as identity primary key,
  workspace_id   bigint not null references workspace (id) on delete cascade,
  survey_id      bigint references survey (id) on delete cascade,
  customer_ref   varchar(320),
  email          varchar(320),
  language       varchar(2) not null default 'es',
  attributes     jsonb not null default '{}',
  channel        varchar(10) not null,
  base_url       varchar(300),
  status         varchar(10) not null,
  skip_reason    varchar(40),
  expires_at     timestamp with time zone,
  created_at     timestamp with time zone not null default now(),
  sent_at        timestamp with time zone,
  reminded_at    timestamp with time zone,
  used_at        timestamp with time zone
);
create index survey_invitation_customer_idx on survey_invitation (workspace_id, customer_ref, created_at desc);
create index survey_invitation_survey_idx on survey_invitation (survey_id, status);

-- The tokens of an invitation's links (the first mail's and the reminder's); only their SHA-256 is kept.
create table survey_invitation_token (
  token_hash     varchar(64) primary key,
  invitation_id  bigint not null references survey_invitation (id) on delete cascade
);

create table survey_response (
  id               bigint generated always as identity primary key,
  workspace_id     bigint not null references workspace (id) on delete cascade,
  survey_id        bigint not null references survey (id) on delete cascade,
  survey_version   int not null,
  token            varchar(43) not null unique,
  invitation_id    bigint unique references survey_invitation (id) on delete set null,
  channel          varchar(10) not null,
  language         varchar(2) not null,
  answers          jsonb not null default '{}',
  page             int not null default 1,
  status           varchar(10) not null,
  contact_consent  boolean not null default false,
  customer_ref     varchar(320),
  attributes       jsonb not null default '{}',
  client_hash      varchar(64),
  started_at       timestamp with time zone not null default now(),
  updated_at       timestamp with time zone not null default now(),
  completed_at     timestamp with time zone,
  signal_id        bigint,
  converted        boolean not null default false
);
create index survey_response_survey_idx on survey_response (survey_id, status);
create index survey_response_partial_idx on survey_response (updated_at) where status = 'PARTIAL' and not converted;
create index survey_response_client_idx on survey_response (survey_id, client_hash) where client_hash is not null;

-- Addresses that asked for no more survey mail, per workspace, forever.
create table survey_unsubscribe (
  workspace_id  bigint not null references workspace (id) on delete cascade,
  email_hash    varchar(64) not null,
  created_at    timestamp with time zone not null default now(),
  primary key (workspace_id, email_hash)
);

create table survey_settings (
  workspace_id  bigint primary key references workspace (id) on delete cascade,
  contact_days  int not null default 30 check (contact_days between 0 and 365)
);
