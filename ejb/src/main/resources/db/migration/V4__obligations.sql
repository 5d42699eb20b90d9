-- What each party must do under a contract, by when, once or recurring. Overdue is derived
-- from the due date when read, never stored.

create table obligations (
    id                 bigint generated always as identity primary key,
    workspace_id       bigint       not null references workspaces (id),
    contract_id        bigint       not null references contracts (id),
    description        varchar(500) not null check (length(trim(description)) > 0),
    owner_party        varchar(20)  not null check (owner_party in ('CLIENT', 'PROVIDER')),
    due_date           date         not null,
    recurrence         varchar(20)  not null check (recurrence in ('ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    done               boolean      not null default false,
    last_completed_on  date,
    version            bigint       not null default 0
);
create index obligations_contract_idx on obligations (contract_id);
create index obligations_open_idx on obligations (workspace_id, due_date) where not done;

-- The obligation lives in its contract's workspace.
create function tandem_obligation_workspace_matches() returns trigger
    language plpgsql security definer set search_path = ${flyway:defaultSchema}
as $$
begin
    if new.workspace_id <> (select workspace_id from contracts where id = new.contract_id) then
        raise exception 'obligation % is not in its contract''s workspace', new.id using errcode = '23514';
    end if;
    return new;
end
$$;
create trigger obligations_workspace before insert or update on obligations
    for each row execute function tandem_obligation_workspace_matches();

alter table obligations enable row level security;
create policy obligations_isolation on obligations
    using (tandem_can_see(workspace_id, null));

grant select, insert, update on obligations to tandem_app;
grant usage, select on sequence obligations_id_seq to tandem_app;

create trigger obligations_audit after insert or update or delete on obligations
    for each row execute function tandem_audit_row('workspace_id');
