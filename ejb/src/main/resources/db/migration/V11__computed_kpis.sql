-- Computed KPIs: a service level may take its monthly value from the interaction records instead
-- of the provider's report, and the figures behind it are kept per 30-minute interval.
--
-- How a level is computed is part of its definition, like its metric and T: the terms are columns
-- of service_levels rather than a table of their own, so that they are one-to-one with the level
-- by construction, share its version (a change made from a stale read is refused), its audit
-- trail and its row-level security, and are read without a join. metric_parameter keeps holding T
-- (seconds) and N (days).
alter table service_levels
    add column computed              boolean     not null default false,
    add column short_abandon_seconds integer     check (short_abandon_seconds between 1 and 600),
    add column abandon_treatment     varchar(20) check (abandon_treatment in ('IGNORE', 'FAILURE', 'SUCCESS')),
    add column resolution_basis      varchar(20) check (resolution_basis in ('REPEAT_CONTACT', 'RESOLVED_FLAG')),
    add constraint service_levels_computable check (not computed or metric in ('SERVICE_LEVEL',
        'AVERAGE_SPEED_OF_ANSWER', 'ABANDONMENT_RATE', 'FIRST_CONTACT_RESOLUTION', 'AVERAGE_HANDLE_TIME', 'CSAT',
        'NPS')),
    add constraint service_levels_abandon_treatment check ((abandon_treatment is not null)
        = (computed and metric = 'SERVICE_LEVEL')),
    add constraint service_levels_resolution_basis check ((resolution_basis is not null)
        = (computed and metric = 'FIRST_CONTACT_RESOLUTION')),
    add constraint service_levels_short_abandons check (short_abandon_seconds is null
        or computed and metric in ('SERVICE_LEVEL', 'ABANDONMENT_RATE'));

-- A computed month whose records change is recomputed; the thread notes it with the values before
-- and after, so that a month that goes back to review shows why.
alter table dispute_messages drop constraint dispute_messages_kind_check;
alter table dispute_messages add constraint dispute_messages_kind_check
    check (kind in ('DISPUTE', 'REPLY', 'RESOLUTION', 'RECOMPUTED'));

-- The figures of each computed level per queue and 30-minute interval (by offered time), so that
-- a month's value, a day's profile and the intraday heatmap read a few hundred rows, not the raw
-- records: numerator and denominator of the level's formula (NPS: promoters minus detractors over
-- responses) and the contacts offered in the interval. Every formula is a sum over contacts, so
-- intervals add up to days and months exactly. Rewritten, month by month, by each import.
create table kpi_intervals (
    workspace_id      bigint         not null references workspaces (id),
    service_level_id  bigint         not null references service_levels (id),
    queue             varchar(100)   not null,
    interval_start    timestamp      not null check (extract(second from interval_start) = 0
                                                     and extract(minute from interval_start) in (0, 30)),
    offered           integer        not null check (offered >= 0),
    numerator         numeric(19, 4) not null,
    denominator       numeric(19, 4) not null check (denominator >= 0),
    primary key (service_level_id, interval_start, queue)
);
-- the primary key serves a level's month and day; the workspace index serves row-level security
create index kpi_intervals_workspace_idx on kpi_intervals (workspace_id);

create trigger kpi_intervals_workspace before insert or update on kpi_intervals
    for each row execute function tandem_parent_workspace_matches('service_levels', 'service_level_id');
-- derived figures, rewritten wholesale: the measurements they produce are audited, the rows are not
select tandem_secure_bulk_table('kpi_intervals', 'select, insert, delete');
