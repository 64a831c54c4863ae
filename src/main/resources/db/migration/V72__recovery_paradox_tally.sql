-- The recovery paradox per customer (the group their later NPS answers count in) and per
-- workspace; refreshed for the customers a change marked (V71) before the dashboard reads it.
create table recovery_customer_outcome (
  workspace_id  bigint not null references workspace (id) on delete cascade,
  customer_ref  varchar(320) not null,
  grp           varchar(13) not null,
  answers       bigint not null,
  promoters     bigint not null,
  detractors    bigint not null,
  primary key (workspace_id, customer_ref)
);

create table recovery_paradox (
  workspace_id  bigint not null references workspace (id) on delete cascade,
  grp           varchar(13) not null,
  customers     bigint not null,
  answers       bigint not null,
  promoters     bigint not null,
  detractors    bigint not null,
  primary key (workspace_id, grp)
);

-- A new moment matters when it has an NPS answer or can make its customer hurt; a changed
-- verdict always (it may make the customer hurt, or no longer).
create function recovery_moments_marked() returns trigger language plpgsql as $$
begin
  insert into recovery_customer_dirty (workspace_id, customer_ref)
  select distinct workspace_id, customer_ref from changed
  where tg_op = 'UPDATE' or nps is not null or verdict in ('BAD', 'CRITICAL');
  return null;
end $$;

create trigger recovery_moment_inserted after insert on recovery_moment referencing new table as changed
  for each statement execute function recovery_moments_marked();
create trigger recovery_moment_updated after update on recovery_moment referencing new table as changed
  for each statement execute function recovery_moments_marked();

-- Works out the marked customers of a workspace again: NPS answers given by recovered customers
-- after their latest recovery, by lost (never recovered) customers after the loss, and by customers
-- with no case and no bad or critical moment.
create function recovery_paradox_fold(ws bigint) returns void language plpgsql as $$
declare
  refs varchar[];
begin
  perform pg_advisory_xact_lock(7072, ws::int);
  with gone as (delete from recovery_customer_dirty where workspace_id = ws returning customer_ref)
  select array_agg(distinct customer_ref) into refs from gone;
  if refs is null then
    return;
  end if;
  with gone as (delete from recovery_customer_outcome o using unnest(refs) r (ref)
      where o.workspace_id = ws and o.customer_ref = r.ref returning o.*)
  insert into recovery_paradox as p (workspace_id, grp, customers, answers, promoters, detractors)
  select ws, grp, -count(*), -sum(answers), -sum(promoters), -sum(detractors) from gone group by grp
  on conflict (workspace_id, grp) do update set customers = p.customers + excluded.customers,
    answers = p.answers + excluded.answers, promoters = p.promoters + excluded.promoters,
    detractors = p.detractors + excluded.detractors;

  insert into recovery_customer_outcome (workspace_id, customer_ref, grp, answers, promoters, detractors)
  with marked as (select distinct ref from unnest(refs) r (ref)),
  outcome as (
    select c.customer_ref, max(c.closed_at) filter (where c.state = 'RECOVERED') as recovered_at,
      max(c.closed_at) filter (where c.state = 'LOST') as lost_at
    from recovery_case c join marked on marked.ref = c.customer_ref
    where c.workspace_id = ws and c.customer_ref <> '' group by c.customer_ref),
  moments as materialized (
    select m.customer_ref, m.verdict, m.nps, m.occurred_at from recovery_moment m
    join marked on marked.ref = m.customer_ref where m.workspace_id = ws),
  hurt as (select distinct customer_ref from moments where verdict in ('BAD', 'CRITICAL')),
  grouped as (
    select m.customer_ref, m.nps, case
      when o.recovered_at is not null and m.occurred_at > o.recovered_at then 'RECOVERED'
      when o.recovered_at is null and o.lost_at is not null and m.occurred_at > o.lost_at then 'NOT_RECOVERED'
      when o.customer_ref is null and h.customer_ref is null then 'NEVER_HURT' end as grp
    from moments m
    left join outcome o on o.customer_ref = m.customer_ref
    left join hurt h on h.customer_ref = m.customer_ref
    where m.nps is not null)
  select ws, customer_ref, grp, count(*), count(*) filter (where nps >= 9), count(*) filter (where nps <= 6)
  from grouped where grp is not null group by customer_ref, grp;

  insert into recovery_paradox as p (workspace_id, grp, customers, answers, promoters, detractors)
  select ws, o.grp, count(*), sum(o.answers), sum(o.promoters), sum(o.detractors)
  from recovery_customer_outcome o join (select distinct ref from unnest(refs) r (ref)) marked
    on marked.ref = o.customer_ref
  where o.workspace_id = ws group by o.grp
  on conflict (workspace_id, grp) do update set customers = p.customers + excluded.customers,
    answers = p.answers + excluded.answers, promoters = p.promoters + excluded.promoters,
    detractors = p.detractors + excluded.detractors;
end $$;

-- Every customer of every workspace worked out once (the same groups as the function, for all).
insert into recovery_customer_outcome (workspace_id, customer_ref, grp, answers, promoters, detractors)
with outcome as (
  select workspace_id, customer_ref, max(closed_at) filter (where state = 'RECOVERED') as recovered_at,
    max(closed_at) filter (where state = 'LOST') as lost_at
  from recovery_case where customer_ref <> '' group by workspace_id, customer_ref),
hurt as (
  select distinct workspace_id, customer_ref from recovery_moment where verdict in ('BAD', 'CRITICAL')),
grouped as (
  select m.workspace_id, m.customer_ref, m.nps, case
    when o.recovered_at is not null and m.occurred_at > o.recovered_at then 'RECOVERED'
    when o.recovered_at is null and o.lost_at is not null and m.occurred_at > o.lost_at then 'NOT_RECOVERED'
    when o.customer_ref is null and h.customer_ref is null then 'NEVER_HURT' end as grp
  from recovery_moment m
  left join outcome o on o.workspace_id = m.workspace_id and o.customer_ref = m.customer_ref
  left join hurt h on h.workspace_id = m.workspace_id and h.customer_ref = m.customer_ref
  where m.nps is not null)
select workspace_id, customer_ref, grp, count(*), count(*) filter (where nps >= 9), count(*) filter (where nps <= 6)
from grouped where grp is not null group by workspace_id, customer_ref, grp;

insert into recovery_paradox (workspace_id, grp, customers, answers, promoters, detractors)
select workspace_id, grp, count(*), sum(answers), sum(promoters), sum(detractors)
from recovery_customer_outcome group by workspace_id, grp;
