-- Interaction records for the dashboard benchmark (bench/dashboards.sh with BENCH_INTERACTIONS=n):
-- :rows contacts spread evenly over the 50 bench workspaces and the twelve months of 2025, one
-- import per workspace, then the monthly volumes the dashboards read, recounted as the import's
-- event recounts them (dashboard.VolumeAggregates). The dashboards must not slow down as this
-- grows: they read the volumes and the snapshots, never the records.
-- Run as the schema owner after bench/dashboard-seed.sql: psql -v rows=1000000 -f ...
\set ON_ERROR_STOP on
select tandem_interaction_partition(make_date(2025, m, 1)) from generate_series(1, 12) m;

insert into interaction_imports (workspace_id, file_name, imported_by, started_at, finished_at, duration_ms,
                                 row_count, outcome, first_offered, last_offered)
select w.id, 'bench.csv', u.id, now(), now(), 0, :rows / 50, 'STORED', timestamp '2025-01-01', timestamp '2025-12-31'
from workspaces w cross join (select id from user_accounts where email = 'bench-portfolio@bench.example') u
where w.name like 'Bench x Provider %';

-- contact n: workspace n % 50, offered at an even spread over the year, a quarter abandoned
insert into interactions (workspace_id, record_id, import_id, channel, queue, offered_at, answered_at,
                          abandoned, wait_seconds, handle_seconds)
select i.workspace_id, 'B-' || n, i.id, (array['VOICE', 'CHAT', 'EMAIL'])[1 + n % 3], 'Queue ' || (n % 7),
       t.offered, case when n % 4 = 0 then null else t.offered + make_interval(secs => n % 60) end,
       n % 4 = 0, n % 60, case when n % 4 = 0 then null else 120 + n % 400 end
from generate_series(0, :rows - 1) n
join lateral (select timestamp '2025-01-01' + (n::double precision / :rows) * interval '365 days' as offered) t on true
join (select id, workspace_id, row_number() over (order by workspace_id) - 1 as k from interaction_imports
      where file_name = 'bench.csv') i on i.k = n % 50;

delete from dashboard_volumes where workspace_id in (select workspace_id from interaction_imports where file_name = 'bench.csv');
insert into dashboard_volumes (workspace_id, period, channel, queue, offered, answered, abandoned)
select workspace_id, date_trunc('month', offered_at)::date, channel, queue, count(*), count(answered_at),
       count(*) filter (where abandoned)
from interactions where workspace_id in (select workspace_id from interaction_imports where file_name = 'bench.csv')
group by 1, 2, 3, 4;
analyze interactions;
