-- Organisation-wide roles (administrator, portfolio viewer) open workspaces on the client side
-- only: the client decides, through memberships, which of the provider's people see its
-- workspace. Until now a provider's administrator could read every client's workspace it serves.
create or replace function tandem_visible_workspaces() returns table (workspace_id bigint, party varchar)
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
    select w.id, 'CLIENT'
    from user_accounts u
    join workspaces w on w.client_organisation_id = u.organisation_id
    where u.id = tandem_caller() and u.active and u.organisation_role is not null
$$;

-- An organisation administrator still manages its own people: it may read the workspaces its
-- organisation is a party to (name and parties, for giving roles) and the memberships of its own
-- users, but no business data, which stays behind tandem_can_see.
create function tandem_caller_administers(organisation_id bigint) returns boolean
    language sql stable security definer set search_path = ${flyway:defaultSchema}
as $$
    select coalesce((select u.active and u.organisation_role = 'ORG_ADMIN' and u.organisation_id = $1
                     from user_accounts u where u.id = tandem_caller()), false)
$$;

create function tandem_caller_administers_user(user_account_id bigint) returns boolean
    language sql stable security definer set search_path = ${flyway:defaultSchema}
as $$
    select coalesce((select tandem_caller_administers(u.organisation_id)
                     from user_accounts u where u.id = $1), false)
$$;

create policy workspaces_administration on workspaces for select
    using (tandem_caller_administers(client_organisation_id) or tandem_caller_administers(provider_organisation_id));

create policy memberships_administration on memberships
    using (tandem_caller_administers_user(user_account_id))
    with check (tandem_caller_administers_user(user_account_id));
