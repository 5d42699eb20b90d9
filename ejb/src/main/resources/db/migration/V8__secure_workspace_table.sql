-- One call secures a new workspace table the way V2 to V6 secured each of theirs by hand:
--
--     select tandem_secure_workspace_table('things');
--
-- It enables row-level security with the policy <table>_isolation admitting rows of workspaces
-- the caller may see (tandem_can_see(workspace_id, <party column or null>)); grants exactly the
-- given privileges on the table, and usage and select on its identity sequences, to tandem_app;
-- and, unless told otherwise, adds the audit trigger <table>_audit keyed on workspace_id.
-- The variants in use: fewer privileges for records never edited (dispute_messages: 'select,
-- insert'; contract_documents: 'select, insert, delete'), a party column for party-private rows
-- (internal_notes: 'private_to_party'), and no audit for document bytes (contract_document_contents).
-- Calling it again with the same arguments changes nothing. Existing tables are not touched.
create function tandem_secure_workspace_table(p_table regclass,
                                              p_privileges text default 'select, insert, update',
                                              p_private_to_column text default null,
                                              p_audited boolean default true) returns void
    language plpgsql set search_path = ${flyway:defaultSchema}
as $$
declare
    v_name constant text := (select relname from pg_class where oid = p_table);
    v_privileges text[] := regexp_split_to_array(lower(trim(p_privileges)), '\s*,\s*');
    v_sequence regclass;
begin
    if not exists (select 1 from pg_attribute where attrelid = p_table and attname = 'workspace_id'
                   and not attisdropped) then
        raise exception 'table % has no workspace_id column to secure it by', p_table using errcode = '42703';
    end if;
    if p_private_to_column is not null
       and not exists (select 1 from pg_attribute where attrelid = p_table and attname = p_private_to_column
                       and not attisdropped) then
        raise exception 'table % has no column % naming the party a row is private to', p_table, p_private_to_column
            using errcode = '42703';
    end if;
    if not v_privileges <@ array['select', 'insert', 'update', 'delete'] then
        raise exception 'privileges for tandem_app must be among select, insert, update, delete: %', p_privileges
            using errcode = '22023';
    end if;

    execute format('alter table %s enable row level security', p_table);
    execute format('drop policy if exists %I on %s', v_name || '_isolation', p_table);
    execute format('create policy %I on %s using (tandem_can_see(workspace_id, %s))', v_name || '_isolation',
                   p_table, coalesce(quote_ident(p_private_to_column), 'null'));

    execute format('revoke all on %s from tandem_app', p_table);
    execute format('grant %s on %s to tandem_app', array_to_string(v_privileges, ', '), p_table);
    for v_sequence in select d.objid::regclass from pg_depend d join pg_class s on s.oid = d.objid
                      where d.refobjid = p_table and d.classid = 'pg_class'::regclass and s.relkind = 'S' loop
        execute format('grant usage, select on sequence %s to tandem_app', v_sequence);
    end loop;

    if p_audited then
        execute format('create or replace trigger %I after insert or update or delete on %s '
                       'for each row execute function tandem_audit_row(''workspace_id'')', v_name || '_audit', p_table);
    else
        execute format('drop trigger if exists %I on %s', v_name || '_audit', p_table);
    end if;
end
$$;
-- Only migrations secure tables: the application role may not call it.
revoke execute on function tandem_secure_workspace_table from public;
