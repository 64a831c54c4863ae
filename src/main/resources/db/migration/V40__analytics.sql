-- Analytics: the verdict of every signal, and daily roll-ups that dashboards read
-- (a journey's health over a year sums a few thousand rows, not a million signals).
create table signal_verdict (
  signal_id      bigint primary key references signal (id) on delete cascade,
  workspace_id   bigint not null references workspace (id) on delete cascade,
  verdict        varchar(10) not null check (verdict in ('MAGIC', 'NEUTRAL', 'BAD', 'CRITICAL')),
  reason         varchar(30) not null,
  day            date not null,
  touchpoint_key uuid,
  nps            smallint,
  csat           smallint,
  ces            smallint,
  rating         real,
  sentiment      real,
  flags          text[] not null default '{}',
  moment         varchar(15),
  -- theme mentions as 'theme:POLARITY'
  themes         text[] not null default '{}',
  judged_at      timestamp with time zone not null default now()
);
create index signal_verdict_workspace_day_idx on signal_verdict (workspace_id, day);

-- A workspace's own verdict thresholds; none stored means the defaults.
create table verdict_rules (
  workspace_id bigint primary key references workspace (id) on delete cascade,
  rules        jsonb not null,
  updated_at   timestamp with time zone not null default now(),
  updated_by   varchar(320) not null
);

create table moment_health_daily (
  workspace_id   bigint not null references workspace (id) on delete cascade,
  day            date not null,
  touchpoint_key uuid not null default '00000000-0000-0000-0000-000000000000',
  signals        int not null default 0,
  promoters      int not null default 0,
  passives       int not null default 0,
  detractors     int not null default 0,
  csat_answers   int not null default 0,
  csat_top2      int not null default 0,
  ces_answers    int not null default 0,
  ces_sum        bigint not null default 0,
  ces_square_sum bigint not null default 0,
  sentiment_n    int not null default 0,
  sentiment_sum  double precision not null default 0,
  sentiment_square_sum double precision not null default 0,
  magic          int not null default 0,
  neutral        int not null default 0,
  bad            int not null default 0,
  critical       int not null default 0,
  primary key (workspace_id, day, touchpoint_key)
);

create table theme_daily (
  workspace_id   bigint not null references workspace (id) on delete cascade,
  day            date not null,
  touchpoint_key uuid not null default '00000000-0000-0000-0000-000000000000',
  theme          varchar(60) not null,
  mentions       int not null default 0,
  negative       int not null default 0,
  positive       int not null default 0,
  primary key (workspace_id, day, touchpoint_key, theme)
);
