-- Cases opened together (an alert rule's batch: thousands in one insert) are tallied once per
-- statement instead of once per row: the same sums (V71's recovery_case_tallied, for an insert),
-- from the statement's new rows. Updates and deletes keep the row trigger.
create function recovery_cases_inserted() returns trigger language plpgsql as $$
begin
  insert into recovery_case_tally (workspace_id, day, dimension, label, opened, open, recovered, lost, unknown,
    contacted, contact_seconds, resolved, resolution_seconds, contact_met, contact_decided, resolution_met,
    resolution_decided, compensated)
  select p.workspace_id, p.day, p.dimension, p.label, sum(p.opened), sum(p.open), sum(p.recovered),
    sum(p.lost), sum(p.unknown), sum(p.contacted), sum(p.contact_seconds), sum(p.resolved),
    sum(p.resolution_seconds), sum(p.contact_met), sum(p.contact_decided), sum(p.resolution_met),
    sum(p.resolution_decided), sum(p.compensated)
  from inserted c cross join lateral recovery_case_parts(c::recovery_case, 1) p
  group by 1, 2, 3, 4;

  insert into recovery_cause_tally (workspace_id, day, touchpoint_key, code, cases)
  select workspace_id, (opened_at at time zone 'UTC')::date, cause_touchpoint, cause_code, count(*)
  from inserted where cause_code is not null
  group by 1, 2, 3, 4;

  insert into recovery_customer_dirty (workspace_id, customer_ref)
  select workspace_id, customer_ref from inserted where customer_ref <> '';
  return null;
end $$;

drop trigger recovery_case_tally_kept on recovery_case;
create trigger recovery_case_tally_kept after update or delete on recovery_case
  for each row execute function recovery_case_tallied();
create trigger recovery_case_tally_inserted after insert on recovery_case referencing new table as inserted
  for each statement execute function recovery_cases_inserted();
