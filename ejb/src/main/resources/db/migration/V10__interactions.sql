-- Interaction records: one row per customer contact, imported per workspace from CSV files, and
-- the imports they came from. Times are local times of the operation (timestamp without time
-- zone), as contact-centre platforms export them; a contact belongs to the month of its offered
-- time, also when it is answered or ends in the next.
--
-- interactions is partitioned by month of offered_at, so that a month's computation reads one
-- partition and an old month can be detached or dropped whole. Partitions are made on demand by
-- tandem_interaction_partition(month), which runs with the owner's rights: the application role
-- may not create tables itself. A record id is unique per workspace; PostgreSQL cannot enforce
-- that across partitions (a unique index must contain the partition key), so every import takes
-- the workspace's lock (a transaction-level advisory lock on the workspace id) and skips or
-- refuses ids already stored: see io.tandem.interaction.InteractionStaging.
--
-- Rows are not audited one by one (a file may carry millions); their import is.

create table interaction_imports (
    id            bigint generated always as identity primary key,
    workspace_id  bigint        not null references workspaces (id),
    file_name     varchar(255)  not null,
    imported_by   bigint        not null references user_accounts (id),
    started_at    timestamptz   not null,
    finished_at   timestamptz,
    duration_ms   bigint        check (duration_ms is null or duration_ms >= 0),
    row_count     bigint        not null default 0 check (row_count >= 0),
    skipped_count bigint        not null default 0 check (skipped_count >= 0),
    rejected_count bigint       not null default 0 check (rejected_count >= 0),
    outcome       varchar(20)   not null check (outcome in ('STORED', 'REJECTED', 'DELETED')),
    first_offered timestamp,
    last_offered  timestamp,
    deleted_by    bigint        references user_accounts (id),
    deleted_at    timestamptz,
    version       bigint        not null default 0
);
create index interaction_imports_workspace_idx on interaction_imports (workspace_id, started_at desc);

create table interactions (
    workspace_id   bigint       not null,
    record_id      varchar(100) not null,
    import_id      bigint       not null,
    channel        varchar(20)  not null check (channel in ('VOICE', 'CHAT', 'EMAIL', 'MESSAGING', 'SOCIAL',
                                                             'VIDEO', 'BACK_OFFICE', 'OTHER')),
    queue          varchar(100) not null check (length(queue) > 0),
    offered_at     timestamp    not null,
    answered_at    timestamp    check (answered_at is null or answered_at >= offered_at),
    ended_at       timestamp    check (ended_at is null or ended_at >= offered_at),
    abandoned      boolean      not null,
    wait_seconds   integer      not null check (wait_seconds >= 0),
    handle_seconds integer      check (handle_seconds is null or handle_seconds >= 0),
    agent_ref      varchar(100),
    customer_ref   varchar(100),
    resolved       boolean,
    csat           smallint     check (csat between 1 and 5),
    nps            smallint     check (nps between 0 and 10),
    constraint interactions_answered_or_abandoned check (not (abandoned and answered_at is not null))
) partition by range (offered_at);

-- Which indexes and why (each is made on every partition):
-- (workspace_id, offered_at): every computation reads one workspace's month or day by offered time.
-- (workspace_id, record_id): an import looks up each incoming id in the workspace to stay idempotent.
-- (workspace_id, customer_ref, offered_at): first-contact resolution looks for the same customer's
--   next contact within N days.
-- (import_id): deleting an import removes exactly its rows.
create index interactions_period_idx on interactions (workspace_id, offered_at);
create index interactions_record_idx on interactions (workspace_id, record_id);
create index interactions_customer_idx on interactions (workspace_id, customer_ref, offered_at)
    where customer_ref is not null;
create index interactions_import_idx on interactions (import_id);

select tandem_secure_workspace_table('interaction_imports');
select tandem_secure_workspace_table('interactions', 'select, insert, delete', null, false);

-- The month's partition of interactions, made if it does not exist yet. Months far from now are
-- refused so that a mistyped year cannot make thousands of tables.
create function tandem_interaction_partition(p_month date) returns void
    language plpgsql security definer set search_path = ${flyway:defaultSchema}
as $$
declare
    v_from constant date := date_trunc('month', p_month)::date;
    v_name constant text := 'interactions_' || to_char(v_from, 'YYYY_MM');
begin
    if v_from < date '2000-01-01' or v_from > date '2100-12-01' then
        raise exception 'no interaction partition for %', v_from using errcode = '22008';
    end if;
    -- two imports may need the same new month at once
    perform pg_advisory_xact_lock(hashtext('tandem_interaction_partition'));
    if to_regclass(v_name) is null then
        execute format('create table %I partition of interactions for values from (%L) to (%L)',
                       v_name, v_from, (v_from + interval '1 month')::date);
    end if;
end
$$;
revoke execute on function tandem_interaction_partition from public;
grant execute on function tandem_interaction_partition to tandem_app;

-- Reading the text fields of an interaction file, for the import's checks in SQL: null where the
-- text is not a value of the type, so that a bad field becomes a line error, not an exception.
-- Times are YYYY-MM-DD HH:MM[:SS] (or with a T), checked to be a real day of the month before
-- they are cast; CASE keeps that order.
create function tandem_csv_time(p_text text) returns timestamp
    language sql immutable parallel safe
as $$
    select case when p_text ~ '^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$'
                then case when substr(p_text, 9, 2)::int <= extract(day from make_date(substr(p_text, 1, 4)::int,
                                  substr(p_text, 6, 2)::int, 1) + interval '1 month' - interval '1 day')
                          then replace(p_text, 'T', ' ')::timestamp end end
$$;

create function tandem_csv_integer(p_text text) returns integer
    language sql immutable parallel safe
as $$
    select case when p_text ~ '^[+-]?[0-9]{1,9}$' then p_text::integer end
$$;

create function tandem_csv_boolean(p_text text) returns boolean
    language sql immutable parallel safe
as $$
    select case lower(p_text) when 'true' then true when 'yes' then true when '1' then true
                              when 'false' then false when 'no' then false when '0' then false end
$$;
