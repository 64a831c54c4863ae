-- Saved views of the feedback explorer: a named query string, private to its author or shared with the workspace.
create table explorer_view (
  id           bigserial primary key,
  workspace_id bigint not null references workspace (id) on delete cascade,
  name         text not null check (length(name) between 1 and 80),
  query        text not null check (length(query) <= 2000),
  shared       boolean not null default false,
  author       text not null,
  created_at   timestamptz not null default now(),
  unique (workspace_id, author, name)
);

create index explorer_view_workspace on explorer_view (workspace_id, shared);
