-- Every workspace table's row rule, written so PostgreSQL evaluates it once per query, not once
-- per row. V2's rule, tandem_can_see(workspace_id, <party column>), is a security-definer
-- function, which the planner cannot inline: as a row policy it ran once per row, about 0.1 ms
-- each here. A dashboard over 50 workspaces reads 60,000 measurements and spent 7 s in that
-- function alone. The same rule as uncorrelated subqueries over the caller's visible workspaces
-- is computed once per query and hashed, as V10 already does for the bulk tables. The rule
-- itself does not change: a row is visible when the caller sees its workspace and, for a
-- party-private row, acts for that party.

-- The rule for a table whose party-private rows, if any, name their party in p_private_to_column.
create function tandem_workspace_rule(p_private_to_column text) returns text
    language sql immutable
as $$
    select 'workspace_id in (select v.workspace_id from tandem_visible_workspaces() v)'
        || case when p_private_to_column is null then ''
                else format(' and (%1$I is null or (workspace_id, %1$I) in '
                            '(select v.workspace_id, v.party from tandem_visible_workspaces() v))',
                            p_private_to_column) end
$$;
revoke execute on function tandem_workspace_rule from public;

create or replace function tandem_secure_workspace_table(p_table regclass,
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
    execute format('create policy %I on %s using (%s)', v_name || '_isolation', p_table,
                   tandem_workspace_rule(p_private_to_column));

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
revoke execute on function tandem_secure_workspace_table from public;

-- Rewrite each existing isolation rule in the new form, keeping its party column.
do $$
declare
    v_policy record;
begin
    for v_policy in select p.tablename, p.policyname,
                           substring(p.qual from '^tandem_can_see\(workspace_id, (\w+)\)$') as private_to
                    from pg_policies p
                    where p.schemaname = current_schema() and p.policyname = p.tablename || '_isolation'
                      and p.qual like 'tandem_can_see(workspace_id, %' loop
        execute format('drop policy %I on %I', v_policy.policyname, v_policy.tablename);
        execute format('create policy %I on %I using (%s)', v_policy.policyname, v_policy.tablename,
                       tandem_workspace_rule(v_policy.private_to));
    end loop;
end
$$;

-- The audit trail: events of a workspace by the same rule; events of no workspace (the
-- platform's own) to the platform administrator only.
drop policy audit_events_read on audit_events;
create policy audit_events_read on audit_events for select
    using ((workspace_id is null and tandem_caller_is_platform_admin())
           or (workspace_id in (select v.workspace_id from tandem_visible_workspaces() v)
               and (private_to_party is null
                    or (workspace_id, private_to_party) in
                       (select v.workspace_id, v.party from tandem_visible_workspaces() v))));
