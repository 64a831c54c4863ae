-- A journey's health reads the theme roll-ups of its own touchpoints only, straight from the index.
create index theme_daily_touchpoint_idx on theme_daily (workspace_id, touchpoint_key, day)
  include (theme, mentions, negative, positive);
