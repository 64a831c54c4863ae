-- Roll-ups for the recovery dashboard (docs/recovery.md, "How the dashboard is counted").
-- Case figures, root causes and compensation are tallied per workspace and UTC day of opening by
-- triggers, in the transaction that changes a case or appends to its timeline: each change inserts
-- the difference (old row out, new row in), so concurrent writers never wait for each other; a job
-- folds the differences of a day into one row. The recovery paradox is kept per customer, refreshed
-- for the customers marked by a change before the dashboard reads it.

-- What the timeline says about a case, kept on the case by the triggers below.
alter table recovery_case add column compensated boolean not null default false;
alter table recovery_case add column cause_code varchar(40);
alter table recovery_case add column cause_touchpoint uuid;
-- The deadline passed without a first contact / resolution (set by a job, cleared when the
-- deadline or the contact / resolution changes); cases whose deadline passed since are read live.
alter table recovery_case add column contact_lapsed boolean not null default false;
alter table recovery_case add column resolution_lapsed boolean not null default false;

update recovery_case c set compensated = true
where exists (select 1 from recovery_case_entry e where e.case_id = c.id and e.kind = 'COMPENSATION');
update recovery_case c set cause_code = latest.code, cause_touchpoint = latest.touchpoint_key
from (select distinct on (case_id) case_id, code, touchpoint_key from recovery_case_entry
      where kind = 'ROOT_CAUSE' order by case_id, id desc) latest
where latest.case_id = c.id;
update recovery_case set contact_lapsed = true where first_contact_at is null and first_contact_due < now();
update recovery_case set resolution_lapsed = true where resolved_at is null and resolution_due < now();

create index recovery_case_contact_late_idx on recovery_case (workspace_id, first_contact_due)
  where first_contact_at is null and not contact_lapsed;
create index recovery_case_resolution_late_idx on recovery_case (workspace_id, resolution_due)
  where resolved_at is null and not resolution_lapsed;

-- dimension: T total, P touchpoint, M team, A agent (assignee). fresh: a difference not yet folded.
create table recovery_case_tally (
  workspace_id        bigint not null references workspace (id) on delete cascade,
  day                 date not null,
  dimension           char(1) not null,
  label               text not null,
  opened              bigint not null,
  open                bigint not null,
  recovered           bigint not null,
  lost                bigint not null,
  unknown             bigint not null,
  contacted           bigint not null,
  contact_seconds     numeric not null,
  resolved            bigint not null,
  resolution_seconds  numeric not null,
  contact_met         bigint not null,
  contact_decided     bigint not null,
  resolution_met      bigint not null,
  resolution_decided  bigint not null,
  compensated         bigint not null,
  fresh               boolean not null default true
);
create index recovery_case_tally_idx on recovery_case_tally (workspace_id, dimension, day);
create index recovery_case_tally_fresh_idx on recovery_case_tally (workspace_id, day) where fresh;

create table recovery_cause_tally (
  workspace_id    bigint not null references workspace (id) on delete cascade,
  day             date not null,
  touchpoint_key  uuid,
  code            varchar(40) not null,
  cases           bigint not null,
  fresh           boolean not null default true
);
create index recovery_cause_tally_idx on recovery_cause_tally (workspace_id, day);

create table recovery_compensation_tally (
  workspace_id  bigint not null references workspace (id) on delete cascade,
  day           date not null,
  currency      varchar(3) not null,
  entries       bigint not null,
  amounts       bigint not null,
  amount        numeric(16, 2) not null,
  fresh         boolean not null default true
);
create index recovery_compensation_tally_idx on recovery_compensation_tally (workspace_id, day);

-- A case's part in the case tally, once per dimension, multiplied by sign (1 in, -1 out).
create function recovery_case_parts(c recovery_case, sign bigint) returns table (
  workspace_id bigint, day date, dimension char(1), label text, opened bigint, open bigint, recovered bigint,
  lost bigint, unknown bigint, contacted bigint, contact_seconds numeric, resolved bigint,
  resolution_seconds numeric, contact_met bigint, contact_decided bigint, resolution_met bigint,
  resolution_decided bigint, compensated bigint)
language sql immutable as $$
  select c.workspace_id, (c.opened_at at time zone 'UTC')::date, d.dimension, d.label, sign,
    sign * (c.state in ('OPEN', 'CONTACTED'))::int, sign * (c.state = 'RECOVERED')::int,
    sign * (c.state = 'LOST')::int, sign * (c.state = 'RESOLVED' and c.follow_up = 'UNANSWERED')::int,
    sign * (c.first_contact_at is not null)::int,
    sign * coalesce(extract(epoch from c.first_contact_at - c.opened_at), 0),
    sign * (c.resolved_at is not null)::int,
    sign * coalesce(extract(epoch from c.resolved_at - c.opened_at), 0),
    sign * coalesce(c.first_contact_at <= c.first_contact_due, false)::int,
    sign * (c.first_contact_at is not null or c.contact_lapsed)::int,
    sign * coalesce(c.resolved_at <= c.resolution_due, false)::int,
    sign * (c.resolved_at is not null or c.resolution_lapsed)::int,
    sign * c.compensated::int
  from (values ('T', ''), ('P', coalesce(c.touchpoint_key::text, '')), ('M', c.team::text),
    ('A', c.assignee::text)) d (dimension, label)
$$;

insert into recovery_case_tally (workspace_id, day, dimension, label, opened, open, recovered, lost, unknown,
  contacted, contact_seconds, resolved, resolution_seconds, contact_met, contact_decided, resolution_met,
  resolution_decided, compensated, fresh)
select p.workspace_id, p.day, p.dimension, p.label, sum(p.opened), sum(p.open), sum(p.recovered), sum(p.lost),
  sum(p.unknown), sum(p.contacted), sum(p.contact_seconds), sum(p.resolved), sum(p.resolution_seconds),
  sum(p.contact_met), sum(p.contact_decided), sum(p.resolution_met), sum(p.resolution_decided),
  sum(p.compensated), false
from recovery_case c cross join lateral recovery_case_parts(c, 1) p
group by 1, 2, 3, 4;

insert into recovery_cause_tally (workspace_id, day, touchpoint_key, code, cases, fresh)
select workspace_id, (opened_at at time zone 'UTC')::date, cause_touchpoint, cause_code, count(*), false
from recovery_case where cause_code is not null group by 1, 2, 3, 4;

insert into recovery_compensation_tally (workspace_id, day, currency, entries, amounts, amount, fresh)
select c.workspace_id, (c.opened_at at time zone 'UTC')::date, e.currency, count(*), count(e.amount),
  coalesce(sum(e.amount), 0), false
from recovery_case_entry e join recovery_case c on c.id = e.case_id
where e.kind = 'COMPENSATION' and e.currency <> '' group by 1, 2, 3;
