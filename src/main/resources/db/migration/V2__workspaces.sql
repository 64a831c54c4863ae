-- Workspaces, people and access.
create table app_user (
  id            bigint generated always as identity primary key,
  email         varchar(320) not null,
  display_name  varchar(120) not null,
  password_hash varchar(200) not null,
  language      varchar(2) check (language in ('es', 'en')),
  created_at    timestamp with time zone not null default now()
);
create unique index app_user_email_idx on app_user (lower(email));

create table workspace (
  id         bigint generated always as identity primary key,
  slug       varchar(60) not null unique,
  name       varchar(120) not null,
  created_at timestamp with time zone not null default now()
);

create table membership (
  workspace_id bigint not null references workspace (id) on delete cascade,
  user_id      bigint not null references app_user (id) on delete cascade,
  role         varchar(10) not null check (role in ('OWNER', 'ADMIN', 'ANALYST', 'AGENT', 'VIEWER')),
  joined_at    timestamp with time zone not null default now(),
  primary key (workspace_id, user_id)
);
create index membership_user_idx on membership (user_id);

create table member_invitation (
  id           bigint generated always as identity primary key,
  workspace_id bigint not null references workspace (id) on delete cascade,
  email        varchar(320) not null,
  role         varchar(10) not null check (role in ('ADMIN', 'ANALYST', 'AGENT', 'VIEWER')),
  token_hash   varchar(64) not null unique,
  invited_by   bigint references app_user (id) on delete set null,
  created_at   timestamp with time zone not null default now(),
  expires_at   timestamp with time zone not null,
  accepted_at  timestamp with time zone,
  revoked_at   timestamp with time zone
);
create index member_invitation_workspace_idx on member_invitation (workspace_id);

create table api_key (
  id           bigint generated always as identity primary key,
  workspace_id bigint not null references workspace (id) on delete cascade,
  name         varchar(120) not null,
  prefix       varchar(16) not null,
  secret_hash  varchar(64) not null unique,
  scopes       varchar(40) not null,
  created_by   bigint references app_user (id) on delete set null,
  created_at   timestamp with time zone not null default now(),
  last_used_at timestamp with time zone,
  revoked_at   timestamp with time zone
);
create index api_key_workspace_idx on api_key (workspace_id);

create table audit_entry (
  id           bigint generated always as identity primary key,
  workspace_id bigint references workspace (id) on delete cascade,
  actor        varchar(320) not null,
  action       varchar(60) not null,
  detail       text not null default '',
  at           timestamp with time zone not null default now()
);
create index audit_entry_workspace_idx on audit_entry (workspace_id, at desc);
