-- The explorer's "most negative" and "most positive" orders, read from an index: without
-- them, such a view of a workspace of 1,000,000 signals sorted every row of its search
-- index (0.3 s warm, 1.1 s cold) to show 25. One index per direction, because both keep
-- signals without a sentiment last and the newest first among equal scores.
create index if not exists signal_search_negative_idx
  on signal_search (workspace_id, sentiment, occurred_at desc, signal_id desc);
create index if not exists signal_search_positive_idx
  on signal_search (workspace_id, sentiment desc nulls last, occurred_at desc, signal_id desc);
