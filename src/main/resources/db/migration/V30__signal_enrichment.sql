-- What text analytics adds to a signal. One row per signal, rewritten when the engine changes
-- (engine_version); sentiment and language are null for a signal without text.
create table signal_enrichment (
  signal_id        bigint primary key references signal (id) on delete cascade,
  workspace_id     bigint not null references workspace (id) on delete cascade,
  engine_version   varchar(40) not null,
  language         varchar(3),
  sentiment_label  varchar(8) check (sentiment_label in ('negative', 'neutral', 'positive')),
  sentiment_score  numeric(4, 3) check (sentiment_score between -1 and 1),
  aspects          jsonb not null default '[]',
  themes           text[] not null default '{}',
  moment           varchar(12),
  effort           varchar(7) not null,
  flags            text[] not null default '{}',
  analysed_at      timestamp with time zone not null
);
create index signal_enrichment_workspace_idx on signal_enrichment (workspace_id, sentiment_label);
create index signal_enrichment_version_idx on signal_enrichment (engine_version);
