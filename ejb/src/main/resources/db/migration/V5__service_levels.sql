-- Service levels of a contract, their target history, the provider's measurements with their
-- dispute threads, and relief requests. Credits are not stored: they are a function of the
-- accepted measurements, approved relief and the contract's regime, computed when read, so they
-- can never disagree with the figures they come from.
-- Periods are calendar months, stored as their first day.

create table service_levels (
    id                  bigint generated always as identity primary key,
    workspace_id        bigint        not null references workspaces (id),
    contract_id         bigint        not null references contracts (id),
    name                varchar(100)  not null check (length(trim(name)) > 0),
    metric              varchar(40)   not null check (metric in ('SERVICE_LEVEL', 'AVERAGE_SPEED_OF_ANSWER',
                            'ABANDONMENT_RATE', 'FIRST_CONTACT_RESOLUTION', 'AVERAGE_HANDLE_TIME', 'CSAT', 'NPS',
                            'QUALITY_SCORE', 'CUSTOM')),
    metric_parameter    integer,
    metric_definition   varchar(500),
    direction           varchar(20)   not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    critical            boolean       not null,
    allocation_percent  numeric(7, 4) not null check (allocation_percent >= 0 and allocation_percent <= 100),
    effective_from      date          not null check (extract(day from effective_from) = 1),
    effective_to        date          check (effective_to is null or (extract(day from effective_to) = 1
                                                                       and effective_to >= effective_from)),
    version             bigint        not null default 0,
    constraint service_levels_name_unique unique (contract_id, name)
);
create index service_levels_workspace_idx on service_levels (workspace_id);

create table service_level_targets (
    id                bigint generated always as identity primary key,
    workspace_id      bigint        not null references workspaces (id),
    service_level_id  bigint        not null references service_levels (id),
    applies_from      date          not null check (extract(day from applies_from) = 1),
    expected_level    numeric(19, 4) not null,
    minimum_level     numeric(19, 4) not null,
    direction         varchar(20)   not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    version           bigint        not null default 0,
    constraint service_level_targets_once_per_month unique (service_level_id, applies_from)
);

create table measurements (
    id                bigint generated always as identity primary key,
    workspace_id      bigint        not null references workspaces (id),
    service_level_id  bigint        not null references service_levels (id),
    period            date          not null check (extract(day from period) = 1),
    value             numeric(19, 4) not null,
    numerator         numeric(19, 4),
    denominator       numeric(19, 4) check (denominator is null or denominator > 0),
    source            varchar(20)   not null check (source in ('MANUAL', 'IMPORT', 'API', 'COMPUTED')),
    evidence          varchar(1000),
    status            varchar(20)   not null check (status in ('SUBMITTED', 'ACCEPTED', 'DISPUTED', 'RESOLVED')),
    submitted_by      bigint        not null references user_accounts (id),
    submitted_at      timestamptz   not null,
    reviewed_by       bigint        references user_accounts (id),
    reviewed_at       timestamptz,
    version           bigint        not null default 0,
    constraint measurements_once_per_period unique (service_level_id, period),
    constraint measurements_ratio_complete check ((numerator is null) = (denominator is null))
);
create index measurements_review_idx on measurements (workspace_id, status);

create table dispute_messages (
    id              bigint generated always as identity primary key,
    workspace_id    bigint        not null references workspaces (id),
    measurement_id  bigint        not null references measurements (id),
    kind            varchar(20)   not null check (kind in ('DISPUTE', 'REPLY', 'RESOLUTION')),
    party           varchar(20)   not null check (party in ('CLIENT', 'PROVIDER')),
    author_id       bigint        not null references user_accounts (id),
    body            varchar(2000) not null check (length(trim(body)) > 0),
    value_before    numeric(19, 4),
    value_after     numeric(19, 4),
    posted_at       timestamptz   not null,
    version         bigint        not null default 0
);
create index dispute_messages_measurement_idx on dispute_messages (measurement_id);

create table reliefs (
    id                bigint generated always as identity primary key,
    workspace_id      bigint        not null references workspaces (id),
    service_level_id  bigint        not null references service_levels (id),
    period            date          not null check (extract(day from period) = 1),
    reason            varchar(1000) not null check (length(trim(reason)) > 0),
    status            varchar(20)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by      bigint        not null references user_accounts (id),
    requested_at      timestamptz   not null,
    decided_by        bigint        references user_accounts (id),
    decided_at        timestamptz,
    decision_note     varchar(1000),
    version           bigint        not null default 0,
    constraint reliefs_once_per_period unique (service_level_id, period)
);

-- Each row lives in the workspace of the record it hangs off: the copied workspace_id, which
-- row-level security and the audit chain key on, can never point elsewhere. Arguments: the
-- parent table and the column holding the parent's id.
create function tandem_parent_workspace_matches() returns trigger
    language plpgsql security definer set search_path = ${flyway:defaultSchema}
as $$
declare
    v_parent_id bigint;
    v_parent_workspace bigint;
begin
    -- reads the one column from the row itself: to_jsonb(new) would copy a document's bytes
    execute format('select ($1).%I', tg_argv[1]) into v_parent_id using new;
    execute format('select workspace_id from %I where id = $1', tg_argv[0]) into v_parent_workspace using v_parent_id;
    if v_parent_workspace is distinct from new.workspace_id then
        raise exception 'a row of % is not in the workspace of % %', tg_table_name, tg_argv[0], v_parent_id
            using errcode = '23514';
    end if;
    return new;
end
$$;

create trigger service_levels_workspace before insert or update on service_levels
    for each row execute function tandem_parent_workspace_matches('contracts', 'contract_id');
create trigger service_level_targets_workspace before insert or update on service_level_targets
    for each row execute function tandem_parent_workspace_matches('service_levels', 'service_level_id');
create trigger measurements_workspace before insert or update on measurements
    for each row execute function tandem_parent_workspace_matches('service_levels', 'service_level_id');
create trigger dispute_messages_workspace before insert or update on dispute_messages
    for each row execute function tandem_parent_workspace_matches('measurements', 'measurement_id');
create trigger reliefs_workspace before insert or update on reliefs
    for each row execute function tandem_parent_workspace_matches('service_levels', 'service_level_id');

alter table service_levels enable row level security;
alter table service_level_targets enable row level security;
alter table measurements enable row level security;
alter table dispute_messages enable row level security;
alter table reliefs enable row level security;
create policy service_levels_isolation on service_levels using (tandem_can_see(workspace_id, null));
create policy service_level_targets_isolation on service_level_targets using (tandem_can_see(workspace_id, null));
create policy measurements_isolation on measurements using (tandem_can_see(workspace_id, null));
create policy dispute_messages_isolation on dispute_messages using (tandem_can_see(workspace_id, null));
create policy reliefs_isolation on reliefs using (tandem_can_see(workspace_id, null));

grant select, insert, update on service_levels, service_level_targets, measurements, reliefs to tandem_app;
-- A dispute thread is a record of what was said: messages are never edited.
grant select, insert on dispute_messages to tandem_app;
grant usage, select on sequence service_levels_id_seq, service_level_targets_id_seq, measurements_id_seq,
    dispute_messages_id_seq, reliefs_id_seq to tandem_app;

create trigger service_levels_audit after insert or update or delete on service_levels
    for each row execute function tandem_audit_row('workspace_id');
create trigger service_level_targets_audit after insert or update or delete on service_level_targets
    for each row execute function tandem_audit_row('workspace_id');
create trigger measurements_audit after insert or update or delete on measurements
    for each row execute function tandem_audit_row('workspace_id');
create trigger dispute_messages_audit after insert or update or delete on dispute_messages
    for each row execute function tandem_audit_row('workspace_id');
create trigger reliefs_audit after insert or update or delete on reliefs
    for each row execute function tandem_audit_row('workspace_id');
