-- Follow-up surveys now go out through the survey module: each attempt records the
-- invitation it made (for the one reminder) or why nothing was sent.
alter table recovery_follow_up_request add column invitation_id bigint;
alter table recovery_follow_up_request add column reason varchar(40) not null default '';
alter table recovery_follow_up_request alter column status set default 'SENT';
update recovery_follow_up_request set status = 'NOT_SENT', reason = 'before-survey-wiring' where status = 'TO_BE_SENT';
create index recovery_follow_up_request_case_idx on recovery_follow_up_request (workspace_id, case_id);

-- Per-workspace recovery settings: the follow-up survey and threshold (null: the
-- defaults of momentos.recovery.follow-up.*).
create table recovery_settings (
  workspace_id         bigint primary key references workspace (id) on delete cascade,
  follow_up_survey_id  bigint,
  min_csat             int check (min_csat between 1 and 5),
  min_nps              int check (min_nps between 0 and 10)
);

-- Per-workspace SLA targets; a priority without a row keeps the defaults.
create table recovery_sla_target (
  workspace_id           bigint not null references workspace (id) on delete cascade,
  priority               varchar(10) not null,
  first_contact_minutes  int not null check (first_contact_minutes > 0),
  resolution_minutes     int not null check (resolution_minutes >= first_contact_minutes),
  primary key (workspace_id, priority)
);
