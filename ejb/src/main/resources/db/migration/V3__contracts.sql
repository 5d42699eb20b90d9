-- Contracts between a workspace's client and provider, with their credit regime
-- (the regime columns stay empty until one is set). Row-secured and audited like every
-- workspace table.

create table contracts (
    id                              bigint generated always as identity primary key,
    workspace_id                    bigint        not null references workspaces (id),
    reference                       varchar(50)   not null,
    type                            varchar(30)   not null
                                    check (type in ('MASTER_AGREEMENT', 'STATEMENT_OF_WORK', 'AMENDMENT')),
    parent_id                       bigint        references contracts (id),
    title                           varchar(200)  not null,
    effective_date                  date          not null,
    expiry_date                     date          not null,
    notice_period_days              integer       not null check (notice_period_days >= 0),
    renewal_terms                   varchar(2000) not null default '',
    currency                        char(3)       not null,
    annual_value                    numeric(19, 2) not null check (annual_value >= 0),
    monthly_charges                 numeric(19, 2) not null check (monthly_charges >= 0),
    status                          varchar(20)   not null
                                    check (status in ('DRAFT', 'IN_REVIEW', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    at_risk_percent                 numeric(7, 4),
    pool_allocation_cap_percent     numeric(7, 4),
    earn_back_periods               integer,
    continuous_improvement_percent  numeric(7, 4),
    client_gain_share_percent       numeric(7, 4),
    version                         bigint        not null default 0,
    constraint contracts_reference_unique unique (workspace_id, reference),
    constraint contracts_dates check (expiry_date > effective_date),
    constraint contracts_amendment_parent check ((type = 'AMENDMENT') = (parent_id is not null))
);
create index contracts_workspace_idx on contracts (workspace_id);
create index contracts_parent_idx on contracts (parent_id);

alter table contracts enable row level security;
create policy contracts_isolation on contracts
    using (tandem_can_see(workspace_id, null));

grant select, insert, update on contracts to tandem_app;
grant usage, select on sequence contracts_id_seq to tandem_app;

create trigger contracts_audit after insert or update or delete on contracts
    for each row execute function tandem_audit_row('workspace_id');
