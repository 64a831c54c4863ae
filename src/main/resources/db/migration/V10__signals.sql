-- The signal store. A signal is stored once: per (source, external id) and per idempotency key.
create table signal (
  id               bigint generated always as identity primary key,
  workspace_id     bigint not null references workspace (id) on delete cascade,
  source           varchar(15) not null,
  occurred_at      timestamp with time zone not null,
  received_at      timestamp with time zone not null default now(),
  customer_ref     varchar(320),
  touchpoint_key   uuid,
  journey_id       bigint references journey (id) on delete set null,
  journey_version  int,
  nps              smallint check (nps between 0 and 10),
  csat             smallint check (csat between 1 and 5),
  ces              smallint check (ces between 1 and 7),
  rating           numeric(2, 1) check (rating between 1 and 5),
  title            varchar(500),
  text             text,
  language         varchar(3),
  attributes       jsonb not null default '{}',
  external_id      varchar(200),
  idempotency_key  varchar(200)
);
create unique index signal_external_id_idx on signal (workspace_id, source, external_id) where external_id is not null;
create unique index signal_idempotency_key_idx on signal (workspace_id, idempotency_key) where idempotency_key is not null;
create index signal_occurred_idx on signal (workspace_id, occurred_at desc);
create index signal_customer_idx on signal (workspace_id, customer_ref) where customer_ref is not null;
create index signal_touchpoint_idx on signal (workspace_id, touchpoint_key) where touchpoint_key is not null;
