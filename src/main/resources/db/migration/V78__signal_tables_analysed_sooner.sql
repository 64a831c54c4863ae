-- The signal tables are analysed after 2 % of their rows changed instead of 10 %. Until
-- then PostgreSQL believes a workspace that is new to its statistics has almost no
-- signals, and may read all of them where it should look up a few (docs/signals.md).
alter table signal set (autovacuum_analyze_scale_factor = 0.02);
alter table signal_enrichment set (autovacuum_analyze_scale_factor = 0.02);
alter table signal_verdict set (autovacuum_analyze_scale_factor = 0.02);
alter table signal_search set (autovacuum_analyze_scale_factor = 0.02);
