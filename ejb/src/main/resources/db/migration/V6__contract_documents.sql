-- Documents attached to a contract (the signed PDF, annexes, office files), stored in PostgreSQL.
-- The metadata and the bytes live in two tables: tandem_audit_row snapshots the whole row into
-- the audit trail, and a file of megabytes must not be copied into every event of the hash
-- chain. The metadata row is audited and carries the file's SHA-256, which ties the audit
-- trail to the bytes; the content row is written once with its document and removed with it.

create table contract_documents (
    id            bigint generated always as identity primary key,
    workspace_id  bigint       not null references workspaces (id),
    contract_id   bigint       not null references contracts (id),
    file_name     varchar(255) not null check (length(trim(file_name)) > 0),
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by   bigint       not null references user_accounts (id),
    uploaded_at   timestamptz  not null default now(),
    version       bigint       not null default 0
);
create index contract_documents_contract_idx on contract_documents (contract_id);

-- Deleting a document deletes its content with it (the cascade runs as the table owner).
create table contract_document_contents (
    document_id   bigint not null primary key references contract_documents (id) on delete cascade,
    workspace_id  bigint not null references workspaces (id),
    content       bytea  not null
);

-- The document lives in its contract's workspace, its content in its document's (V5's check).
create trigger contract_documents_workspace before insert or update on contract_documents
    for each row execute function tandem_parent_workspace_matches('contracts', 'contract_id');
create trigger contract_document_contents_workspace before insert or update on contract_document_contents
    for each row execute function tandem_parent_workspace_matches('contract_documents', 'document_id');

alter table contract_documents enable row level security;
create policy contract_documents_isolation on contract_documents
    using (tandem_can_see(workspace_id, null));

alter table contract_document_contents enable row level security;
create policy contract_document_contents_isolation on contract_document_contents
    using (tandem_can_see(workspace_id, null));

-- A document is never edited: it is uploaded, read and removed.
grant select, insert, delete on contract_documents to tandem_app;
grant usage, select on sequence contract_documents_id_seq to tandem_app;
grant select, insert on contract_document_contents to tandem_app;

create trigger contract_documents_audit after insert or update or delete on contract_documents
    for each row execute function tandem_audit_row('workspace_id');
