-- Contact volumes per workspace, month, channel and queue: what the dashboards read instead of the
-- interaction records, so that their cost does not grow with the records' number. Kept by
-- io.tandem.dashboard.VolumeAggregates, which recomputes a workspace's months from interactions
-- whenever an import adds or removes records of them (the event InteractionsChanged), in the
-- import's own transaction. Derived figures: not audited (the import is), never updated in place.
--
-- Index: the primary key (workspace_id, period, channel, queue) serves both reads, a workspace's
-- months (range on period) and the portfolio's workspaces over a range of months.

create table dashboard_volumes (
    workspace_id bigint       not null references workspaces (id),
    period       date         not null check (period = date_trunc('month', period)),
    channel      varchar(20)  not null,
    queue        varchar(100) not null,
    offered      bigint       not null check (offered >= 0),
    answered     bigint       not null check (answered >= 0 and answered <= offered),
    abandoned    bigint       not null check (abandoned >= 0 and abandoned <= offered),
    primary key (workspace_id, period, channel, queue)
);

select tandem_secure_bulk_table('dashboard_volumes', 'select, insert, delete');

-- records imported before this table existed
insert into dashboard_volumes (workspace_id, period, channel, queue, offered, answered, abandoned)
select workspace_id, date_trunc('month', offered_at)::date, channel, queue,
       count(*), count(answered_at), count(*) filter (where abandoned)
from interactions
group by workspace_id, date_trunc('month', offered_at)::date, channel, queue;
