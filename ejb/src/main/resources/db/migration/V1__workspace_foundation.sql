-- Tenants, their shared workspaces, their people and who may do what where.

create table organisations (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    kind        varchar(20)  not null check (kind in ('CLIENT', 'PROVIDER', 'REVIEWER')),
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint organisations_name_unique unique (name)
);

create table workspaces (
    id                        bigint generated always as identity primary key,
    name                      varchar(200) not null,
    client_organisation_id    bigint       not null references organisations (id),
    provider_organisation_id  bigint       not null references organisations (id),
    created_at                timestamptz  not null default now(),
    version                   bigint       not null default 0,
    constraint workspaces_parties_differ check (client_organisation_id <> provider_organisation_id),
    constraint workspaces_name_unique_per_client unique (client_organisation_id, name)
);
create index workspaces_provider_idx on workspaces (provider_organisation_id);

create table user_accounts (
    id                 bigint generated always as identity primary key,
    -- null only for platform administrators, who belong to no tenant
    organisation_id    bigint       references organisations (id),
    email              varchar(254) not null,
    display_name       varchar(200) not null,
    password_hash      varchar(512) not null,
    organisation_role  varchar(30)  check (organisation_role in ('ORG_ADMIN', 'PORTFOLIO_VIEWER')),
    platform_admin     boolean      not null default false,
    active             boolean      not null default true,
    created_at         timestamptz  not null default now(),
    version            bigint       not null default 0,
    constraint user_accounts_tenant_or_platform check (
        (platform_admin and organisation_id is null and organisation_role is null)
        or (not platform_admin and organisation_id is not null))
);
create unique index user_accounts_email_unique on user_accounts (lower(email));

create table memberships (
    id               bigint generated always as identity primary key,
    user_account_id  bigint      not null references user_accounts (id),
    workspace_id     bigint      not null references workspaces (id),
    role             varchar(40) not null check (role in (
                         'CLIENT_RELATIONSHIP_MANAGER', 'PROCUREMENT', 'CLIENT_ANALYST',
                         'PROVIDER_ACCOUNT_MANAGER', 'PROVIDER_TEAM_MEMBER', 'EXTERNAL_REVIEWER')),
    created_at       timestamptz not null default now(),
    version          bigint      not null default 0,
    constraint memberships_one_role_per_workspace unique (user_account_id, workspace_id)
);
create index memberships_workspace_idx on memberships (workspace_id);
