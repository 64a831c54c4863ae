-- Per-workspace signal settings: privacy (keyed hashing of customer references), retention, API rate.
create table signal_settings (
  workspace_id         bigint primary key references workspace (id) on delete cascade,
  hash_customer_refs   boolean not null default false,
  hash_key             bytea not null,
  retention_days       int check (retention_days between 1 and 36500),
  requests_per_second  int not null default 1000 check (requests_per_second between 1 and 100000)
);

-- Column mappings of file imports, saved per workspace and name (e.g. "Call centre export").
create table signal_import_mapping (
  id            bigint generated always as identity primary key,
  workspace_id  bigint not null references workspace (id) on delete cascade,
  name          varchar(120) not null,
  mapping       jsonb not null,
  updated_at    timestamp with time zone not null default now(),
  unique (workspace_id, name)
);

-- Inbound webhooks: one per workspace and adapter, each with its own secret.
create table signal_webhook (
  id            bigint generated always as identity primary key,
  workspace_id  bigint not null references workspace (id) on delete cascade,
  adapter       varchar(20) not null,
  secret        varchar(200) not null,
  mapping       jsonb not null default '{}',
  created_at    timestamp with time zone not null default now(),
  unique (workspace_id, adapter)
);
