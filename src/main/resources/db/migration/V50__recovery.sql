-- Service recovery: cases with their timeline, alert rules, recovery teams, webhooks, follow-ups
-- and a small read model of judged moments per customer (for the recovery paradox).
create table recovery_case (
  id                 bigint generated always as identity primary key,
  workspace_id       bigint not null references workspace (id) on delete cascade,
  signal_id          bigint references signal (id) on delete set null,
  customer_ref       varchar(320) not null default '',
  touchpoint_key     uuid,
  subject            varchar(300) not null,
  rule               varchar(120) not null default '',
  opened_at          timestamp with time zone not null,
  state              varchar(10) not null check (state in ('OPEN', 'CONTACTED', 'RESOLVED', 'RECOVERED', 'LOST')),
  priority           varchar(10) not null check (priority in ('CRITICAL', 'HIGH', 'NORMAL', 'LOW')),
  assignee           varchar(320) not null default '',
  team               varchar(120) not null default '',
  first_contact_at   timestamp with time zone,
  resolved_at        timestamp with time zone,
  closed_at          timestamp with time zone,
  first_contact_due  timestamp with time zone not null,
  resolution_due     timestamp with time zone not null,
  alarms             varchar(200) not null default '',
  follow_up          varchar(12) not null default 'NONE',
  follow_up_at       timestamp with time zone,
  root_cause         varchar(30),
  version            int not null default 0
);
create unique index recovery_case_signal_idx on recovery_case (workspace_id, signal_id) where signal_id is not null;
create index recovery_case_state_idx on recovery_case (workspace_id, state);
create index recovery_case_customer_idx on recovery_case (workspace_id, customer_ref);

create table recovery_case_entry (
  id              bigint generated always as identity primary key,
  case_id         bigint not null references recovery_case (id) on delete cascade,
  kind            varchar(20) not null,
  at              timestamp with time zone not null,
  actor           varchar(320) not null,
  text            text not null default '',
  code            varchar(40) not null default '',
  code2           varchar(40) not null default '',
  amount          numeric(12, 2),
  currency        varchar(3) not null default '',
  touchpoint_key  uuid
);
create index recovery_case_entry_case_idx on recovery_case_entry (case_id, id);

create table recovery_alert_rule (
  id            bigint generated always as identity primary key,
  workspace_id  bigint not null references workspace (id) on delete cascade,
  name          varchar(120) not null,
  position      int not null,
  enabled       boolean not null default true,
  conditions    jsonb not null,
  actions       jsonb not null,
  created_at    timestamp with time zone not null default now()
);
create index recovery_alert_rule_workspace_idx on recovery_alert_rule (workspace_id, position);

-- One firing per rule and signal: the listener may see a SignalJudged more than once.
create table recovery_alert_firing (
  rule_id       bigint not null references recovery_alert_rule (id) on delete cascade,
  signal_id     bigint not null,
  fired_at      timestamp with time zone not null default now(),
  primary key (rule_id, signal_id)
);

-- Marks a workspace whose default alert rules were created (they may be deleted later).
create table recovery_workspace (
  workspace_id  bigint primary key references workspace (id) on delete cascade,
  seeded_at     timestamp with time zone not null default now()
);

create table recovery_team_member (
  workspace_id      bigint not null references workspace (id) on delete cascade,
  member_email      varchar(320) not null,
  team              varchar(120) not null,
  last_assigned_at  timestamp with time zone,
  primary key (workspace_id, member_email)
);

create table recovery_webhook (
  id            bigint generated always as identity primary key,
  workspace_id  bigint not null references workspace (id) on delete cascade,
  url           varchar(500) not null,
  secret        varchar(100) not null,
  created_at    timestamp with time zone not null default now()
);
create index recovery_webhook_workspace_idx on recovery_webhook (workspace_id);

-- Follow-up surveys to be sent, until the survey module sends them itself.
create table recovery_follow_up_request (
  id              bigint generated always as identity primary key,
  workspace_id    bigint not null references workspace (id) on delete cascade,
  case_id         bigint not null references recovery_case (id) on delete cascade,
  customer_ref    varchar(320) not null,
  touchpoint_key  uuid,
  reminder        boolean not null,
  status          varchar(12) not null default 'TO_BE_SENT',
  created_at      timestamp with time zone not null default now()
);

-- Judged moments of known customers: later loyalty of recovered, lost and never-hurt customers.
create table recovery_moment (
  workspace_id  bigint not null references workspace (id) on delete cascade,
  signal_id     bigint not null,
  customer_ref  varchar(320) not null,
  verdict       varchar(10) not null,
  nps           smallint,
  occurred_at   timestamp with time zone not null,
  primary key (workspace_id, signal_id)
);
create index recovery_moment_customer_idx on recovery_moment (workspace_id, customer_ref, occurred_at);
