-- Isolation enforced in the database as a backstop to the services, party-private notes,
-- personal API tokens, sign-in throttling and the append-only, hash-chained audit trail,
-- written by triggers so that no change escapes it.
--
-- The application logs in as the schema owner (who runs Flyway) and, in every service
-- transaction, switches to the role tandem_app with set_config('role', 'tandem_app', true).
-- tandem_app owns nothing, so row-level security applies to every query it runs. The same
-- transaction names its caller with set_config('tandem.user_id', ..., true); without it,
-- workspace-scoped tables return nothing.

do $$
begin
    if not exists (select from pg_roles where rolname = 'tandem_app') then
        create role tandem_app nologin;
    end if;
end
$$;
grant tandem_app to current_user;
grant usage on schema ${flyway:defaultSchema} to tandem_app;

alter table user_accounts add column password_changed_at timestamptz;

create table internal_notes (
    id                bigint generated always as identity primary key,
    workspace_id      bigint       not null references workspaces (id),
    private_to_party  varchar(20)  check (private_to_party in ('CLIENT', 'PROVIDER', 'THIRD_PARTY')),
    author_id         bigint       not null references user_accounts (id),
    body              varchar(4000) not null check (length(trim(body)) > 0),
    created_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);
create index internal_notes_workspace_idx on internal_notes (workspace_id, created_at desc);

create table api_tokens (
    id               bigint generated always as identity primary key,
    user_account_id  bigint       not null references user_accounts (id),
    name             varchar(100) not null,
    token_hash       char(64)     not null unique,
    created_at       timestamptz  not null default now(),
    last_used_at     timestamptz,
    revoked_at       timestamptz,
    version          bigint       not null default 0
);
create index api_tokens_user_idx on api_tokens (user_account_id);

-- Failed sign-ins per login name (known or not), shared by every instance of a cluster.
create table sign_in_attempts (
    email          varchar(254) primary key,
    failures       integer      not null default 0,
    window_start   timestamptz  not null default now(),
    locked_until   timestamptz,
    version        bigint       not null default 0
);

-- No identity column: EclipseLink reads generated keys with lastval(), and an audit row inserted
-- by a trigger must not move lastval() away from the row that fired it. An event is identified
-- by its position in its chain.
create table audit_events (
    -- chain 0 holds events outside any workspace (organisations, users, tokens)
    chain                  bigint       not null,
    sequence_no            bigint       not null,
    workspace_id           bigint       references workspaces (id),
    occurred_at            timestamptz  not null,
    actor_id               bigint,
    actor_email            varchar(254),
    actor_organisation_id  bigint,
    entity_type            varchar(60)  not null,
    entity_id              varchar(60)  not null,
    action                 varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before_state           text,
    after_state            text,
    private_to_party       varchar(20)  check (private_to_party in ('CLIENT', 'PROVIDER', 'THIRD_PARTY')),
    previous_hash          char(64)     not null,
    hash                   char(64)     not null,
    version                bigint       not null default 0,
    primary key (chain, sequence_no)
);
create index audit_events_workspace_idx on audit_events (workspace_id, sequence_no desc);

-- Who is asking: the user id this transaction was opened for, or null.
create function tandem_caller() returns bigint
    language sql stable
as $$ select nullif(current_setting('tandem.user_id', true), '')::bigint $$;

create function tandem_caller_is_platform_admin() returns boolean
    language sql stable security definer set search_path = ${flyway:defaultSchema}
as $$ select coalesce((select platform_admin and active from user_accounts where id = tandem_caller()), false) $$;

-- The workspaces the caller may see, and the side they see each from. Mirrors the
-- application's rule: a membership, or an organisation-wide role of a party's organisation.
create function tandem_visible_workspaces() returns table (workspace_id bigint, party varchar)
    language sql stable security definer set search_path = ${flyway:defaultSchema}
as $$
    select m.workspace_id,
           case when m.role in ('CLIENT_RELATIONSHIP_MANAGER', 'PROCUREMENT', 'CLIENT_ANALYST') then 'CLIENT'
                when m.role in ('PROVIDER_ACCOUNT_MANAGER', 'PROVIDER_TEAM_MEMBER') then 'PROVIDER'
                else 'THIRD_PARTY' end
    from memberships m
    join user_accounts u on u.id = m.user_account_id
    where u.id = tandem_caller() and u.active
    union
    select w.id,
           case when w.client_organisation_id = u.organisation_id then 'CLIENT' else 'PROVIDER' end
    from user_accounts u
    join workspaces w on u.organisation_id in (w.client_organisation_id, w.provider_organisation_id)
    where u.id = tandem_caller() and u.active and u.organisation_role is not null
$$;

-- The one rule for party-private rows: visible to the caller when the workspace is, and the
-- row is shared (no party) or private to the side the caller sees the workspace from.
create function tandem_can_see(row_workspace_id bigint, row_private_to_party varchar) returns boolean
    language sql stable security definer set search_path = ${flyway:defaultSchema}
as $$
    select exists (select 1 from tandem_visible_workspaces() v
                   where v.workspace_id = row_workspace_id
                     and (row_private_to_party is null or v.party = row_private_to_party))
$$;

alter table workspaces enable row level security;
create policy workspaces_isolation on workspaces
    using (tandem_can_see(id, null) or tandem_caller_is_platform_admin())
    with check (tandem_caller_is_platform_admin());

alter table memberships enable row level security;
create policy memberships_isolation on memberships
    using (tandem_can_see(workspace_id, null));

alter table internal_notes enable row level security;
create policy internal_notes_isolation on internal_notes
    using (tandem_can_see(workspace_id, private_to_party));

alter table audit_events enable row level security;
create policy audit_events_read on audit_events for select
    using (case when workspace_id is null then tandem_caller_is_platform_admin()
                else tandem_can_see(workspace_id, private_to_party) end);
create policy audit_events_append on audit_events for insert
    with check (true);

grant select, insert, update on organisations, workspaces, user_accounts, memberships, api_tokens,
    sign_in_attempts to tandem_app;
grant delete on memberships, sign_in_attempts to tandem_app;
grant select, insert, update, delete on internal_notes to tandem_app;
-- Append-only: the application may add audit events and read them, never change or remove one.
grant select, insert on audit_events to tandem_app;
grant execute on all functions in schema ${flyway:defaultSchema} to tandem_app;
-- EclipseLink reads generated keys back with lastval(), which needs the identity sequences.
grant usage, select on all sequences in schema ${flyway:defaultSchema} to tandem_app;

-- The canonical text an audit event's hash covers; used when appending and when verifying.
create function tandem_audit_digest(previous_hash text, chain bigint, sequence_no bigint,
                                    occurred_at timestamptz, actor_id bigint, actor_email text,
                                    actor_organisation_id bigint, entity_type text, entity_id text,
                                    action text, before_state text, after_state text,
                                    private_to_party text) returns char(64)
    language sql immutable
as $$
    select encode(sha256(convert_to(concat_ws(E'\x1f',
        previous_hash, chain::text, sequence_no::text,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(actor_id::text, ''), coalesce(actor_email, ''), coalesce(actor_organisation_id::text, ''),
        entity_type, entity_id, action, coalesce(before_state, ''), coalesce(after_state, ''),
        coalesce(private_to_party, '')), 'UTF8')), 'hex')
$$;

-- Appends one event to its chain: serialised per chain by an advisory lock, so concurrent
-- writers cannot fork it, and run as the owner so the head is found even when it is a
-- party-private event the caller may not read.
create function tandem_audit_append(p_workspace_id bigint, p_entity_type text, p_entity_id text,
                                    p_action text, p_before text, p_after text, p_private_to_party text)
    returns bigint
    language plpgsql security definer set search_path = ${flyway:defaultSchema}
as $$
declare
    v_chain bigint := coalesce(p_workspace_id, 0);
    v_sequence bigint;
    v_previous char(64);
    v_at timestamptz := date_trunc('microseconds', clock_timestamp());
    v_actor user_accounts%rowtype;
begin
    perform pg_advisory_xact_lock(hashtext('tandem_audit'), v_chain::int);
    select sequence_no, hash into v_sequence, v_previous
    from audit_events where chain = v_chain order by sequence_no desc limit 1;
    v_sequence := coalesce(v_sequence, 0) + 1;
    v_previous := coalesce(v_previous, repeat('0', 64));
    select * into v_actor from user_accounts where id = tandem_caller();
    insert into audit_events (chain, sequence_no, workspace_id, occurred_at, actor_id, actor_email,
                              actor_organisation_id, entity_type, entity_id, action, before_state,
                              after_state, private_to_party, previous_hash, hash)
    values (v_chain, v_sequence, p_workspace_id, v_at, v_actor.id, v_actor.email, v_actor.organisation_id,
            p_entity_type, p_entity_id, p_action, p_before, p_after, p_private_to_party, v_previous,
            tandem_audit_digest(v_previous, v_chain, v_sequence, v_at, v_actor.id, v_actor.email,
                                v_actor.organisation_id, p_entity_type, p_entity_id, p_action, p_before,
                                p_after, p_private_to_party));
    return v_sequence;
end
$$;

-- Walks a chain the caller may see, recomputing every hash from the stored fields. Returns the
-- first position where the stored hash or the link to the previous event does not match, or
-- null when the chain is intact; with the number of events checked. Runs as the owner so that
-- party-private events count, but reveals nothing about them beyond their position.
create function tandem_audit_verify(p_workspace_id bigint, out events_checked bigint, out broken_at bigint)
    language plpgsql stable security definer set search_path = ${flyway:defaultSchema}
as $$
declare
    v_chain bigint := coalesce(p_workspace_id, 0);
    v_expected_previous char(64) := repeat('0', 64);
    v_expected_sequence bigint := 1;
    e audit_events%rowtype;
begin
    events_checked := 0;
    broken_at := null;
    if (p_workspace_id is null and not tandem_caller_is_platform_admin())
       or (p_workspace_id is not null and not tandem_can_see(p_workspace_id, null)) then
        raise exception 'audit chain not visible' using errcode = '42501';
    end if;
    for e in select * from audit_events where chain = v_chain order by sequence_no loop
        events_checked := events_checked + 1;
        if e.sequence_no <> v_expected_sequence then
            broken_at := v_expected_sequence; -- an event is missing here
            return;
        end if;
        if e.previous_hash <> v_expected_previous
           or e.hash <> tandem_audit_digest(e.previous_hash, e.chain, e.sequence_no, e.occurred_at, e.actor_id,
                                            e.actor_email, e.actor_organisation_id, e.entity_type, e.entity_id,
                                            e.action, e.before_state, e.after_state, e.private_to_party) then
            broken_at := e.sequence_no;
            return;
        end if;
        v_expected_previous := e.hash;
        v_expected_sequence := e.sequence_no + 1;
    end loop;
end
$$;
grant execute on function tandem_audit_digest, tandem_audit_append, tandem_audit_verify to tandem_app;

-- Every change to an audited table appends an event in the same transaction, whoever makes it
-- and however: the application cannot forget, and raw SQL is recorded too. The trigger's
-- argument names the column holding the workspace, if any; secrets and bookkeeping columns
-- never enter the trail, and an update that changes only those is not an event.
create function tandem_audit_row() returns trigger
    language plpgsql security definer set search_path = ${flyway:defaultSchema}
as $$
declare
    v_hidden constant text[] := array['password_hash', 'token_hash', 'version', 'last_used_at'];
    v_before jsonb;
    v_after jsonb;
    v_row jsonb;
    v_workspace bigint;
begin
    if tg_op <> 'INSERT' then
        v_before := to_jsonb(old) - v_hidden;
    end if;
    if tg_op <> 'DELETE' then
        v_after := to_jsonb(new) - v_hidden;
    end if;
    if tg_op = 'UPDATE' and v_before = v_after then
        return null;
    end if;
    v_row := coalesce(v_after, v_before);
    if tg_argv[0] <> '' then
        v_workspace := (v_row ->> tg_argv[0])::bigint;
    end if;
    perform tandem_audit_append(v_workspace, tg_table_name, v_row ->> 'id',
                                case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
                                v_before::text, v_after::text, v_row ->> 'private_to_party');
    return null;
end
$$;

create trigger organisations_audit after insert or update or delete on organisations
    for each row execute function tandem_audit_row('');
create trigger workspaces_audit after insert or update or delete on workspaces
    for each row execute function tandem_audit_row('id');
create trigger user_accounts_audit after insert or update or delete on user_accounts
    for each row execute function tandem_audit_row('');
create trigger memberships_audit after insert or update or delete on memberships
    for each row execute function tandem_audit_row('workspace_id');
create trigger internal_notes_audit after insert or update or delete on internal_notes
    for each row execute function tandem_audit_row('workspace_id');
create trigger api_tokens_audit after insert or update or delete on api_tokens
    for each row execute function tandem_audit_row('');
