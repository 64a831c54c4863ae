-- Daily roll-ups for segment comparisons and key drivers, kept by judging like
-- moment_health_daily (VerdictStore), so those pages sum a few thousand rows instead of
-- reading every signal of the period.

-- Health per day and value of each signal attribute (store, agent, product, channel...).
create table segment_daily (
  workspace_id   bigint not null references workspace (id) on delete cascade,
  attribute      text not null,
  day            date not null,
  value          text not null,
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
  bad            int not null default 0,
  critical       int not null default 0,
  primary key (workspace_id, attribute, day, value)
);

-- What the NPS key-driver regression needs, per day: the sums behind the correlations of
-- NPS (y) and each theme's polarity (x: +1 positive, -1 negative, 0 neutral mention or none).
--   theme = '' and paired = '':  answers = NPS answers, product_sum = sum(y), square_sum = sum(y^2)
--   theme = t and paired = '':   answers = NPS answers mentioning t, positive, negative,
--                                product_sum = sum(x_t * y)
--   theme = t and paired = u:    (t < u) answers = NPS answers mentioning both, product_sum = sum(x_t * x_u)
create table nps_driver_daily (
  workspace_id bigint not null references workspace (id) on delete cascade,
  day          date not null,
  theme        text not null default '',
  paired       text not null default '',
  answers      int not null default 0,
  positive     int not null default 0,
  negative     int not null default 0,
  product_sum  bigint not null default 0,
  square_sum   bigint not null default 0,
  primary key (workspace_id, day, theme, paired)
);

-- Backfill from the verdicts already stored.
insert into segment_daily (workspace_id, attribute, day, value, signals, promoters, passives, detractors,
  csat_answers, csat_top2, ces_answers, ces_sum, ces_square_sum, sentiment_n, sentiment_sum,
  sentiment_square_sum, magic, bad, critical)
select v.workspace_id, a.key, v.day, a.value, count(*), count(*) filter (where v.nps >= 9),
  count(*) filter (where v.nps between 7 and 8), count(*) filter (where v.nps <= 6), count(v.csat),
  count(*) filter (where v.csat >= 4), count(v.ces), coalesce(sum(v.ces), 0), coalesce(sum(v.ces * v.ces), 0),
  count(v.sentiment), coalesce(sum(v.sentiment::float8), 0), coalesce(sum(v.sentiment::float8 * v.sentiment::float8), 0),
  count(*) filter (where v.verdict = 'MAGIC'), count(*) filter (where v.verdict = 'BAD'),
  count(*) filter (where v.verdict = 'CRITICAL')
from signal_verdict v join signal s on s.id = v.signal_id cross join lateral jsonb_each_text(s.attributes) a
group by v.workspace_id, a.key, v.day, a.value;

insert into nps_driver_daily (workspace_id, day, theme, paired, answers, positive, negative, product_sum, square_sum)
with mention as (
  select v.signal_id, v.workspace_id, v.day, v.nps, split_part(m.mention, ':', 1) theme,
    case when m.mention like '%:POSITIVE' then 1 when m.mention like '%:NEGATIVE' then -1 else 0 end x
  from signal_verdict v cross join lateral unnest(v.themes) m (mention)
  where v.nps is not null)
select workspace_id, day, '', '', count(*), 0, 0, sum(nps), sum(nps * nps)
from signal_verdict where nps is not null group by workspace_id, day
union all
select workspace_id, day, theme, '', count(*), count(*) filter (where x = 1), count(*) filter (where x = -1),
  sum(x * nps), 0
from mention group by workspace_id, day, theme
union all
select a.workspace_id, a.day, a.theme, b.theme, count(*), 0, 0, sum(a.x * b.x), 0
from mention a join mention b on b.signal_id = a.signal_id and b.theme > a.theme
group by a.workspace_id, a.day, a.theme, b.theme;
