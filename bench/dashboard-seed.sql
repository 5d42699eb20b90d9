-- Benchmark data for the dashboards (bench/dashboards.sh): one client, "Bench Client", buying from
-- 50 providers, one workspace each; in each workspace one contract in force with a credit regime
-- (100,000.00 GBP a month, 10% at risk, three-month earn-back) and 20 service levels (10 critical at
-- 10% each, 10 key), every one measured and accepted for the 60 months January 2021 to December
-- 2025: 50 x 20 x 60 = 60,000 measurements. Values are drawn from a seeded generator around the
-- 80/75 target, so some months breach. The portfolio viewer bench-portfolio@bench.example (password
-- tandem-demo) holds the API token tnd_bench_dashboards_0000000000000000000000000000000000000000.
-- Run as the schema owner on a database Tandem has migrated; running it twice fails on the names.
\set ON_ERROR_STOP on
begin;
select setseed(0.42);

insert into organisations (name, kind) values ('Bench Client', 'CLIENT');
insert into organisations (name, kind) select 'Bench Provider ' || lpad(n::text, 2, '0'), 'PROVIDER'
from generate_series(1, 50) n;

insert into workspaces (name, client_organisation_id, provider_organisation_id)
select 'Bench x Provider ' || lpad(n::text, 2, '0'), c.id, p.id
from generate_series(1, 50) n
join organisations c on c.name = 'Bench Client'
join organisations p on p.name = 'Bench Provider ' || lpad(n::text, 2, '0');

-- the demo's hash of "tandem-demo"
insert into user_accounts (organisation_id, email, display_name, password_hash, organisation_role)
select id, 'bench-portfolio@bench.example', 'Bench Portfolio',
       'PBKDF2WithHmacSHA512:210000:bqYDGUqqLXVKCl1cSPz1EyL+UvHzY9o93XJlWQE925I=:jTiuJZ5YRg7ET1Smg3yO6EELOX29XGu/JbCGy1ra7d0=',
       'PORTFOLIO_VIEWER'
from organisations where name = 'Bench Client';
insert into api_tokens (user_account_id, name, token_hash)
select id, 'bench', encode(sha256(convert_to('tnd_bench_dashboards_0000000000000000000000000000000000000000', 'UTF8')), 'hex')
from user_accounts where email = 'bench-portfolio@bench.example';
insert into user_accounts (organisation_id, email, display_name, password_hash)
select o.id, 'bench-am-' || substr(o.name, 16) || '@bench.example', 'Bench AM ' || substr(o.name, 16),
       'PBKDF2WithHmacSHA512:210000:bqYDGUqqLXVKCl1cSPz1EyL+UvHzY9o93XJlWQE925I=:jTiuJZ5YRg7ET1Smg3yO6EELOX29XGu/JbCGy1ra7d0='
from organisations o where o.name like 'Bench Provider %';
insert into memberships (user_account_id, workspace_id, role)
select u.id, w.id, 'PROVIDER_ACCOUNT_MANAGER'
from workspaces w join organisations p on p.id = w.provider_organisation_id
join user_accounts u on u.email = 'bench-am-' || substr(p.name, 16) || '@bench.example'
where w.name like 'Bench x Provider %';

insert into contracts (workspace_id, reference, type, title, effective_date, expiry_date, notice_period_days,
                       renewal_terms, currency, annual_value, monthly_charges, status, at_risk_percent,
                       pool_allocation_cap_percent, earn_back_periods, continuous_improvement_percent,
                       client_gain_share_percent)
select id, 'MSA-BENCH', 'MASTER_AGREEMENT', 'Benchmark services', date '2021-01-01', date '2027-12-31', 90, '',
       'GBP', 1200000.00, 100000.00, 'ACTIVE', 10, 100, 3, 0, 50
from workspaces where name like 'Bench x Provider %';

insert into service_levels (workspace_id, contract_id, name, metric, metric_parameter, direction, critical,
                            allocation_percent, effective_from)
select c.workspace_id, c.id, 'Level ' || lpad(n::text, 2, '0'), 'SERVICE_LEVEL', 20, 'HIGHER_IS_BETTER', n <= 10,
       case when n <= 10 then 10 else 0 end, date '2021-01-01'
from contracts c cross join generate_series(1, 20) n
where c.reference = 'MSA-BENCH';

insert into service_level_targets (workspace_id, service_level_id, applies_from, expected_level, minimum_level,
                                   direction)
select s.workspace_id, s.id, date '2021-01-01', 80, 75, 'HIGHER_IS_BETTER'
from service_levels s join contracts c on c.id = s.contract_id where c.reference = 'MSA-BENCH';

insert into measurements (workspace_id, service_level_id, period, value, source, evidence, status, submitted_by,
                          submitted_at, reviewed_by, reviewed_at)
select s.workspace_id, s.id, month, round((72 + random() * 18)::numeric, 1), 'IMPORT', 'Benchmark', 'ACCEPTED',
       am.id, month + interval '5 days', pv.id, month + interval '10 days'
from service_levels s
join contracts c on c.id = s.contract_id and c.reference = 'MSA-BENCH'
join memberships m on m.workspace_id = s.workspace_id and m.role = 'PROVIDER_ACCOUNT_MANAGER'
join user_accounts am on am.id = m.user_account_id
join user_accounts pv on pv.email = 'bench-portfolio@bench.example'
cross join generate_series(date '2021-01-01', date '2025-12-01', interval '1 month') month;

commit;
analyze;
select count(*) as bench_measurements from measurements m join contracts c on c.workspace_id = m.workspace_id
where c.reference = 'MSA-BENCH';
