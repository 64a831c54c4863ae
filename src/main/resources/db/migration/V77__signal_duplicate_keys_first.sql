-- The unique keys of a signal lead with the key itself and end with the workspace. The
-- duplicate lookup before each write then names only the key, so PostgreSQL has no other
-- index to choose: led by the workspace, a plan made from statistics older than the
-- workspace's signals (a new server, a new workspace in a large table) picked the
-- workspace's time index and read all its signals for every key looked up.
create unique index signal_external_key_idx on signal (source, external_id, workspace_id)
  where external_id is not null;
drop index signal_external_id_idx;
alter index signal_external_key_idx rename to signal_external_id_idx;

create unique index signal_idempotency_key_first_idx on signal (idempotency_key, workspace_id)
  where idempotency_key is not null;
drop index signal_idempotency_key_idx;
alter index signal_idempotency_key_first_idx rename to signal_idempotency_key_idx;
