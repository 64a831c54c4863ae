-- Every webhook delivery with its attempts: retried with backoff, a bounded number of times,
-- and shown to admins on the recovery settings page.
create table recovery_webhook_delivery (
  id               bigint generated always as identity primary key,
  workspace_id     bigint not null references workspace (id) on delete cascade,
  webhook_id       bigint not null references recovery_webhook (id) on delete cascade,
  event            varchar(40) not null,
  payload          text not null,
  status           varchar(10) not null default 'PENDING',
  attempts         int not null default 0,
  last_error       varchar(300) not null default '',
  next_attempt_at  timestamp with time zone,
  created_at       timestamp with time zone not null,
  updated_at       timestamp with time zone not null
);
create index recovery_webhook_delivery_due_idx on recovery_webhook_delivery (next_attempt_at) where status = 'PENDING';
create index recovery_webhook_delivery_workspace_idx on recovery_webhook_delivery (workspace_id, id desc);
