-- Keeps the tallies of V70 in the transaction of every change (cases are never deleted one by
-- one: only with their workspace, which takes the tallies with it).

-- A lapse stays only while the deadline and the missing contact / resolution stay as they were.
create function recovery_case_lapses_kept() returns trigger language plpgsql as $$
begin
  if not (new.first_contact_at is null and old.first_contact_at is null
      and new.first_contact_due = old.first_contact_due) then
    new.contact_lapsed := false;
  end if;
  if not (new.resolved_at is null and old.resolved_at is null and new.resolution_due = old.resolution_due) then
    new.resolution_lapsed := false;
  end if;
  return new;
end $$;

create trigger recovery_case_lapses before update on recovery_case
  for each row execute function recovery_case_lapses_kept();

-- The case's old part out, its new part in; nothing when they are the same.
create function recovery_case_tallied() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and not exists (select 1 from workspace where id = old.workspace_id) then
    return null;
  end if;
  insert into recovery_case_tally (workspace_id, day, dimension, label, opened, open, recovered, lost, unknown,
    contacted, contact_seconds, resolved, resolution_seconds, contact_met, contact_decided, resolution_met,
    resolution_decided, compensated)
  select p.workspace_id, p.day, p.dimension, p.label, sum(p.opened), sum(p.open), sum(p.recovered),
    sum(p.lost), sum(p.unknown), sum(p.contacted), sum(p.contact_seconds), sum(p.resolved),
    sum(p.resolution_seconds), sum(p.contact_met), sum(p.contact_decided), sum(p.resolution_met),
    sum(p.resolution_decided), sum(p.compensated)
  from (select * from recovery_case_parts(old, -1) where tg_op <> 'INSERT'
        union all select * from recovery_case_parts(new, 1) where tg_op <> 'DELETE') p
  group by 1, 2, 3, 4
  having not (sum(p.opened) = 0 and sum(p.open) = 0 and sum(p.recovered) = 0 and sum(p.lost) = 0
    and sum(p.unknown) = 0 and sum(p.contacted) = 0 and sum(p.contact_seconds) = 0 and sum(p.resolved) = 0
    and sum(p.resolution_seconds) = 0 and sum(p.contact_met) = 0 and sum(p.contact_decided) = 0
    and sum(p.resolution_met) = 0 and sum(p.resolution_decided) = 0 and sum(p.compensated) = 0);

  insert into recovery_cause_tally (workspace_id, day, touchpoint_key, code, cases)
  select x.workspace_id, x.day, x.touchpoint_key, x.code, sum(x.n)
  from (select old.workspace_id, (old.opened_at at time zone 'UTC')::date, old.cause_touchpoint,
          old.cause_code, -1 where tg_op <> 'INSERT' and old.cause_code is not null
        union all
        select new.workspace_id, (new.opened_at at time zone 'UTC')::date, new.cause_touchpoint,
          new.cause_code, 1 where tg_op <> 'DELETE' and new.cause_code is not null)
    x (workspace_id, day, touchpoint_key, code, n)
  group by 1, 2, 3, 4 having sum(x.n) <> 0;

  -- The recovery paradox of the customer changes with their cases' existence and outcomes.
  if tg_op <> 'INSERT' and old.customer_ref <> '' and (tg_op = 'DELETE' or old.customer_ref <> new.customer_ref) then
    insert into recovery_customer_dirty (workspace_id, customer_ref) values (old.workspace_id, old.customer_ref);
  end if;
  if tg_op <> 'DELETE' and new.customer_ref <> '' and (tg_op = 'INSERT'
      or (old.state, old.closed_at, old.customer_ref) is distinct from (new.state, new.closed_at, new.customer_ref)) then
    insert into recovery_customer_dirty (workspace_id, customer_ref) values (new.workspace_id, new.customer_ref);
  end if;
  return null;
end $$;

-- Customers whose recovery paradox must be worked out again (no key: writers never wait).
create table recovery_customer_dirty (
  workspace_id  bigint not null,
  customer_ref  varchar(320) not null
);

create trigger recovery_case_tally_kept after insert or update or delete on recovery_case
  for each row execute function recovery_case_tallied();

-- Compensation and root causes come from the timeline (append-only, in id order).
create function recovery_entry_tallied() returns trigger language plpgsql as $$
begin
  if new.kind = 'COMPENSATION' then
    update recovery_case set compensated = true where id = new.case_id and not compensated;
    if new.currency <> '' then
      insert into recovery_compensation_tally (workspace_id, day, currency, entries, amounts, amount)
      select workspace_id, (opened_at at time zone 'UTC')::date, new.currency, 1, (new.amount is not null)::int,
        coalesce(new.amount, 0)
      from recovery_case where id = new.case_id;
    end if;
  elsif new.kind = 'ROOT_CAUSE' then
    update recovery_case set cause_code = new.code, cause_touchpoint = new.touchpoint_key
    where id = new.case_id and not exists (select 1 from recovery_case_entry e
      where e.case_id = new.case_id and e.kind = 'ROOT_CAUSE' and e.id > new.id);
  end if;
  return null;
end $$;

create trigger recovery_entry_tally_kept after insert on recovery_case_entry
  for each row when (new.kind in ('COMPENSATION', 'ROOT_CAUSE')) execute function recovery_entry_tallied();

-- Folds the fresh differences of each day into one row per key.
create function recovery_tallies_fold(ws bigint) returns void language plpgsql as $$
declare
  days date[];
begin
  perform pg_advisory_xact_lock(7071, ws::int);
  select array_agg(distinct day) into days from (
    select day from recovery_case_tally where workspace_id = ws and fresh
    union select day from recovery_cause_tally where workspace_id = ws and fresh
    union select day from recovery_compensation_tally where workspace_id = ws and fresh) d;
  if days is null then
    return;
  end if;
  with gone as (delete from recovery_case_tally where workspace_id = ws and day = any (days) returning *)
  insert into recovery_case_tally (workspace_id, day, dimension, label, opened, open, recovered, lost, unknown,
    contacted, contact_seconds, resolved, resolution_seconds, contact_met, contact_decided, resolution_met,
    resolution_decided, compensated, fresh)
  select workspace_id, day, dimension, label, sum(opened), sum(open), sum(recovered), sum(lost), sum(unknown),
    sum(contacted), sum(contact_seconds), sum(resolved), sum(resolution_seconds), sum(contact_met),
    sum(contact_decided), sum(resolution_met), sum(resolution_decided), sum(compensated), false
  from gone group by 1, 2, 3, 4 having sum(opened) <> 0;
  with gone as (delete from recovery_cause_tally where workspace_id = ws and day = any (days) returning *)
  insert into recovery_cause_tally (workspace_id, day, touchpoint_key, code, cases, fresh)
  select workspace_id, day, touchpoint_key, code, sum(cases), false from gone
  group by 1, 2, 3, 4 having sum(cases) <> 0;
  with gone as (delete from recovery_compensation_tally where workspace_id = ws and day = any (days) returning *)
  insert into recovery_compensation_tally (workspace_id, day, currency, entries, amounts, amount, fresh)
  select workspace_id, day, currency, sum(entries), sum(amounts), sum(amount), false from gone
  group by 1, 2, 3 having sum(entries) <> 0;
end $$;
