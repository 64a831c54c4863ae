-- The feedback explorer filters and sorts inside its search table: every judged signal has one row (an
-- empty document when it has no text) carrying what the explorer filters and sorts by, copied from the
-- signal and its verdict when they are written. A filtered full-text query then reads the rows matching
-- the words and keeps those of the period, journey and verdict in place, instead of joining each match
-- to the signal and verdict tables first. The table is rebuilt in one pass (faster than updating a
-- million rows in place), ordered by workspace and time so a period's rows sit together.
set local maintenance_work_mem = '256MB';

create table signal_search_rebuilt (
  signal_id      bigint not null,
  workspace_id   bigint not null,
  occurred_at    timestamp with time zone not null,
  source         varchar(15) not null,
  touchpoint_key uuid,
  verdict        varchar(10),
  sentiment      real,
  themes         text[] not null default '{}',
  document       tsvector not null
);

insert into signal_search_rebuilt (signal_id, workspace_id, occurred_at, source, touchpoint_key, verdict,
  sentiment, themes, document)
select s.id, s.workspace_id, s.occurred_at, s.source, s.touchpoint_key, v.verdict, v.sentiment,
  coalesce(v.themes, '{}'), coalesce(x.document, ''::tsvector)
from signal s
  left join signal_verdict v on v.signal_id = s.id
  left join signal_search x on x.signal_id = s.id
where v.signal_id is not null or x.signal_id is not null
order by s.workspace_id, s.occurred_at;

drop table signal_search;
alter table signal_search_rebuilt rename to signal_search;

alter table signal_search add constraint signal_search_pkey primary key (signal_id);
alter table signal_search add constraint signal_search_signal_id_fkey
  foreign key (signal_id) references signal (id) on delete cascade;
alter table signal_search add constraint signal_search_workspace_id_fkey
  foreign key (workspace_id) references workspace (id) on delete cascade;

create index signal_search_document_idx on signal_search using gin (document);
-- Newest first within a workspace (the default order), and a period of a journey's touchpoints:
-- counted from the index alone.
create index signal_search_occurred_idx on signal_search (workspace_id, occurred_at desc, signal_id desc);
create index signal_search_touchpoint_idx on signal_search (workspace_id, touchpoint_key, occurred_at);
create index signal_search_verdict_idx on signal_search (workspace_id, verdict, occurred_at);

analyze signal_search;
