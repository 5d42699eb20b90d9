-- The side each workspace role acts for, in one table instead of a list repeated in each
-- definition of tandem_visible_workspaces. io.tandem.tenancy.Role holds the same mapping for
-- the application; DatabaseMigrationIT fails when the two disagree.
create table workspace_roles (
    role  varchar(40) primary key,
    party varchar(20) not null check (party in ('CLIENT', 'PROVIDER', 'THIRD_PARTY'))
);

insert into workspace_roles (role, party) values
    ('CLIENT_RELATIONSHIP_MANAGER', 'CLIENT'),
    ('PROCUREMENT', 'CLIENT'),
    ('CLIENT_ANALYST', 'CLIENT'),
    ('PROVIDER_ACCOUNT_MANAGER', 'PROVIDER'),
    ('PROVIDER_TEAM_MEMBER', 'PROVIDER'),
    ('EXTERNAL_REVIEWER', 'THIRD_PARTY');

grant select on workspace_roles to tandem_app;

-- A membership's role is one the table knows, so the list lives in one place in SQL too.
alter table memberships drop constraint memberships_role_check;
alter table memberships add constraint memberships_role_known foreign key (role) references workspace_roles (role);

create or replace function tandem_visible_workspaces() returns table (workspace_id bigint, party varchar)
    language sql stable security definer set search_path = ${flyway:defaultSchema}
as $$
    select m.workspace_id, r.party
    from memberships m
    join workspace_roles r on r.role = m.role
    join user_accounts u on u.id = m.user_account_id
    where u.id = tandem_caller() and u.active
    union
    select w.id, 'CLIENT'
    from user_accounts u
    join workspaces w on w.client_organisation_id = u.organisation_id
    where u.id = tandem_caller() and u.active and u.organisation_role is not null
$$;
