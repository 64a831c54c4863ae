-- Batch inserts draw thousands of ids at once: cache them per session instead of one sequence update each.
alter table signal alter column id set cache 1000;
