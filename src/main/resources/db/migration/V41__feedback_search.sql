-- Full-text search of customer feedback in Spanish and English, accent-insensitive:
-- each text is indexed with both stemmers, so "cobro", "cobros" and "cobró" meet, as do "charged" and "charge".
create extension if not exists unaccent;

create text search configuration momentos_es (copy = pg_catalog.spanish);
alter text search configuration momentos_es
  alter mapping for hword, hword_part, word with unaccent, spanish_stem;

create text search configuration momentos_en (copy = pg_catalog.english);
alter text search configuration momentos_en
  alter mapping for hword, hword_part, word with unaccent, english_stem;

create table signal_search (
  signal_id    bigint primary key references signal (id) on delete cascade,
  workspace_id bigint not null references workspace (id) on delete cascade,
  document     tsvector not null
);
create index signal_search_document_idx on signal_search using gin (document);
create index signal_search_workspace_idx on signal_search (workspace_id);
