-- Data-sharing agreements (io.tandem.datasharing): what customer data moves between a workspace's
-- parties, where it is processed and on what terms, signed by one signatory of each side.
--
-- An agreement keeps every version of its terms; signatures belong to a version, so a material
-- edit of a signed or partly signed agreement starts a new version whose signatures start again,
-- while an unsigned version is edited in place. Categories and locations belong to their version.
-- The feed log records what was shared under which agreement. Every table is audited.

-- Organisations get a country: the client's decides whether a processing location is onshore,
-- nearshore or offshore. Existing rows become GB (every organisation so far is British); the demo
-- data and the platform administrator's form set their own. The list of codes lives in
-- io.tandem.platform.Country, so the database checks only the shape.
alter table organisations add column country char(2) not null default 'GB' check (country ~ '^[A-Z]{2}$');

create table data_sharing_agreements (
    id                 bigint generated always as identity primary key,
    workspace_id       bigint        not null references workspaces (id),
    title              varchar(200)  not null check (length(trim(title)) > 0),
    status             varchar(20)   not null check (status in ('DRAFT', 'PARTLY_SIGNED', 'ACTIVE', 'REVOKED')),
    current_version    integer       not null check (current_version > 0),
    revoked_party      varchar(20)   check (revoked_party in ('CLIENT', 'PROVIDER')),
    revoked_by         bigint        references user_accounts (id),
    revoked_at         timestamptz,
    revocation_reason  varchar(2000),
    created_at         timestamptz   not null default now(),
    changed_at         timestamptz   not null default now(),
    version            bigint        not null default 0,
    constraint data_sharing_agreements_revocation check (
        (status = 'REVOKED') = (revoked_by is not null and revoked_at is not null and revoked_party is not null
                                and revocation_reason is not null))
);
create index data_sharing_agreements_workspace_idx on data_sharing_agreements (workspace_id);

create table data_sharing_versions (
    id                bigint generated always as identity primary key,
    workspace_id      bigint        not null references workspaces (id),
    agreement_id      bigint        not null references data_sharing_agreements (id),
    number            integer       not null check (number > 0),
    direction         varchar(20)   not null check (direction in ('CLIENT_TO_PROVIDER', 'PROVIDER_TO_CLIENT', 'BOTH')),
    purpose           varchar(2000) not null,
    lawful_basis      varchar(30)   not null check (lawful_basis in ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION',
                                                                     'VITAL_INTERESTS', 'PUBLIC_TASK',
                                                                     'LEGITIMATE_INTERESTS')),
    retention_months  integer       not null check (retention_months between 1 and 120),
    safeguards        varchar(2000) not null,
    review_date       date          not null,
    expires_on        date          check (expires_on is null or expires_on >= review_date),
    created_by        bigint        not null references user_accounts (id),
    created_at        timestamptz   not null default now(),
    version           bigint        not null default 0,
    constraint data_sharing_versions_number_unique unique (agreement_id, number)
);

create table data_sharing_categories (
    id            bigint generated always as identity primary key,
    workspace_id  bigint       not null references workspaces (id),
    version_id    bigint       not null references data_sharing_versions (id),
    category      varchar(30)  not null check (category in ('CONTACT_DETAILS', 'ACCOUNT_DATA', 'PAYMENT_DATA',
                                                            'IDENTITY_DOCUMENTS', 'HEALTH_DATA', 'CALL_RECORDINGS',
                                                            'TRANSCRIPTS', 'CUSTOMER_FEEDBACK', 'AGENT_PERFORMANCE',
                                                            'INTERACTION_RECORDS')),
    sensitivity   varchar(20)  not null check (sensitivity in ('LOW', 'MODERATE', 'HIGH', 'SPECIAL_CATEGORY')),
    constraint data_sharing_categories_unique unique (version_id, category)
);

-- A processing location of the provider's (sub_processor null) or of a named sub-processor.
create table data_sharing_locations (
    id             bigint generated always as identity primary key,
    workspace_id   bigint       not null references workspaces (id),
    version_id     bigint       not null references data_sharing_versions (id),
    country        char(2)      not null check (country ~ '^[A-Z]{2}$'),
    mechanism      varchar(30)  check (mechanism in ('ADEQUACY', 'STANDARD_CONTRACTUAL_CLAUSES',
                                                     'BINDING_CORPORATE_RULES')),
    sub_processor  varchar(200)
);
create index data_sharing_locations_version_idx on data_sharing_locations (version_id);

-- One signature per party per version, never changed or removed.
create table data_sharing_signatures (
    id            bigint generated always as identity primary key,
    workspace_id  bigint       not null references workspaces (id),
    version_id    bigint       not null references data_sharing_versions (id),
    party         varchar(20)  not null check (party in ('CLIENT', 'PROVIDER')),
    signed_by     bigint       not null references user_accounts (id),
    signed_at     timestamptz  not null default now(),
    constraint data_sharing_signatures_one_per_party unique (version_id, party)
);

-- What was shared under which agreement (and which version of it), when, by whom: written by
-- imports and never changed.
create table data_sharing_feeds (
    id              bigint generated always as identity primary key,
    workspace_id    bigint        not null references workspaces (id),
    agreement_id    bigint        not null references data_sharing_agreements (id),
    version_number  integer       not null,
    category        varchar(30)   not null,
    row_count       bigint        not null check (row_count >= 0),
    description     varchar(500)  not null,
    recorded_by     bigint        not null references user_accounts (id),
    recorded_at     timestamptz   not null default now()
);
create index data_sharing_feeds_workspace_idx on data_sharing_feeds (workspace_id, recorded_at desc);

-- Each row lives in its parent's workspace (V5's check).
create trigger data_sharing_versions_workspace before insert or update on data_sharing_versions
    for each row execute function tandem_parent_workspace_matches('data_sharing_agreements', 'agreement_id');
create trigger data_sharing_categories_workspace before insert or update on data_sharing_categories
    for each row execute function tandem_parent_workspace_matches('data_sharing_versions', 'version_id');
create trigger data_sharing_locations_workspace before insert or update on data_sharing_locations
    for each row execute function tandem_parent_workspace_matches('data_sharing_versions', 'version_id');
create trigger data_sharing_signatures_workspace before insert or update on data_sharing_signatures
    for each row execute function tandem_parent_workspace_matches('data_sharing_versions', 'version_id');
create trigger data_sharing_feeds_workspace before insert or update on data_sharing_feeds
    for each row execute function tandem_parent_workspace_matches('data_sharing_agreements', 'agreement_id');

select tandem_secure_workspace_table('data_sharing_agreements');
select tandem_secure_workspace_table('data_sharing_versions');
-- An unsigned version is edited in place: its categories and locations are replaced.
select tandem_secure_workspace_table('data_sharing_categories', 'select, insert, update, delete');
select tandem_secure_workspace_table('data_sharing_locations', 'select, insert, update, delete');
select tandem_secure_workspace_table('data_sharing_signatures', 'select, insert');
select tandem_secure_workspace_table('data_sharing_feeds', 'select, insert');
