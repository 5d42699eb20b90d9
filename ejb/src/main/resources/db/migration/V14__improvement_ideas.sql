-- Joint improvement ideas (io.tandem.improvement): the ideas with their pipeline status and
-- benefit, the service levels each should move, votes (one per user), threaded comments and
-- attachments. An attachment's bytes live apart from its audited row, as contract documents' do
-- (V6), so the audit chain carries the SHA-256 and not the file.

create table improvement_ideas (
    id                      bigint generated always as identity primary key,
    workspace_id            bigint        not null references workspaces (id),
    contract_id             bigint        references contracts (id),
    title                   varchar(200)  not null check (length(trim(title)) > 0),
    problem                 varchar(4000) not null,
    proposal                varchar(4000) not null,
    touchpoint              varchar(200),
    effort                  varchar(20)   not null check (effort in ('SMALL', 'MEDIUM', 'LARGE')),
    expected_saving         numeric(19, 2) check (expected_saving >= 0),
    expected_csat_points    numeric(5, 2)  check (expected_csat_points between 0 and 100),
    expected_handle_seconds integer        check (expected_handle_seconds between 0 and 3600),
    expected_note           varchar(1000),
    client_owner_id         bigint        references user_accounts (id),
    provider_owner_id       bigint        references user_accounts (id),
    proposed_by             bigint        not null references user_accounts (id),
    proposed_by_party       varchar(20)   not null check (proposed_by_party in ('CLIENT', 'PROVIDER')),
    submitted_at            timestamptz   not null,
    status                  varchar(20)   not null check (status in ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED',
                                              'IN_PROGRESS', 'IMPLEMENTED', 'BENEFIT_REALISED', 'REJECTED')),
    status_changed_at       timestamptz   not null,
    decided_by              bigint        references user_accounts (id),
    rejection_reason        varchar(1000),
    implemented_on          date,
    realised_saving         numeric(19, 2) check (realised_saving >= 0),
    realised_csat_points    numeric(5, 2)  check (realised_csat_points between 0 and 100),
    realised_handle_seconds integer        check (realised_handle_seconds between 0 and 3600),
    realised_note           varchar(1000),
    benefit_claimed_by      bigint        references user_accounts (id),
    benefit_claimed_party   varchar(20)   check (benefit_claimed_party in ('CLIENT', 'PROVIDER')),
    benefit_claimed_at      timestamptz,
    benefit_confirmed_by    bigint        references user_accounts (id),
    benefit_confirmed_at    timestamptz,
    version                 bigint        not null default 0,
    constraint improvement_ideas_rejected_with_reason check ((status = 'REJECTED') = (rejection_reason is not null)),
    constraint improvement_ideas_realised_confirmed check ((status = 'BENEFIT_REALISED') = (benefit_confirmed_at is not null))
);
create index improvement_ideas_workspace_idx on improvement_ideas (workspace_id, status);

create table improvement_idea_levels (
    id               bigint generated always as identity primary key,
    workspace_id     bigint not null references workspaces (id),
    idea_id          bigint not null references improvement_ideas (id),
    service_level_id bigint not null references service_levels (id),
    constraint improvement_idea_levels_once unique (idea_id, service_level_id)
);

create table improvement_idea_votes (
    id           bigint generated always as identity primary key,
    workspace_id bigint      not null references workspaces (id),
    idea_id      bigint      not null references improvement_ideas (id),
    voter_id     bigint      not null references user_accounts (id),
    voted_at     timestamptz not null,
    constraint improvement_idea_votes_one_per_user unique (idea_id, voter_id)
);

create table improvement_idea_comments (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspaces (id),
    idea_id      bigint        not null references improvement_ideas (id),
    parent_id    bigint        references improvement_idea_comments (id),
    author_id    bigint        not null references user_accounts (id),
    party        varchar(20)   not null check (party in ('CLIENT', 'PROVIDER')),
    body         varchar(2000) not null check (length(trim(body)) > 0),
    posted_at    timestamptz   not null,
    version      bigint        not null default 0
);
create index improvement_idea_comments_idea_idx on improvement_idea_comments (idea_id, posted_at);

create table improvement_idea_attachments (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspaces (id),
    idea_id      bigint       not null references improvement_ideas (id),
    file_name    varchar(255) not null check (length(trim(file_name)) > 0),
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  bigint       not null references user_accounts (id),
    uploaded_at  timestamptz  not null,
    version      bigint       not null default 0
);
create index improvement_idea_attachments_idea_idx on improvement_idea_attachments (idea_id);

create table improvement_idea_attachment_contents (
    attachment_id bigint not null primary key references improvement_idea_attachments (id) on delete cascade,
    workspace_id  bigint not null references workspaces (id),
    content       bytea  not null
);

-- Each row lives in its parent's workspace (V5's check).
create trigger improvement_ideas_contract_workspace before insert or update on improvement_ideas
    for each row when (new.contract_id is not null)
    execute function tandem_parent_workspace_matches('contracts', 'contract_id');
create trigger improvement_idea_levels_workspace before insert or update on improvement_idea_levels
    for each row execute function tandem_parent_workspace_matches('improvement_ideas', 'idea_id');
create trigger improvement_idea_levels_level_workspace before insert or update on improvement_idea_levels
    for each row execute function tandem_parent_workspace_matches('service_levels', 'service_level_id');
create trigger improvement_idea_votes_workspace before insert or update on improvement_idea_votes
    for each row execute function tandem_parent_workspace_matches('improvement_ideas', 'idea_id');
create trigger improvement_idea_comments_workspace before insert or update on improvement_idea_comments
    for each row execute function tandem_parent_workspace_matches('improvement_ideas', 'idea_id');
create trigger improvement_idea_attachments_workspace before insert or update on improvement_idea_attachments
    for each row execute function tandem_parent_workspace_matches('improvement_ideas', 'idea_id');
create trigger improvement_idea_attachment_contents_workspace before insert or update
    on improvement_idea_attachment_contents
    for each row execute function tandem_parent_workspace_matches('improvement_idea_attachments', 'attachment_id');

select tandem_secure_workspace_table('improvement_ideas');
-- The levels an idea names change with its content: rows come and go.
select tandem_secure_workspace_table('improvement_idea_levels', 'select, insert, delete');
-- A vote is cast and withdrawn, never changed.
select tandem_secure_workspace_table('improvement_idea_votes', 'select, insert, delete');
-- Comments are never edited.
select tandem_secure_workspace_table('improvement_idea_comments', 'select, insert');
select tandem_secure_workspace_table('improvement_idea_attachments', 'select, insert, delete');
select tandem_secure_workspace_table('improvement_idea_attachment_contents', 'select, insert', null, false);
