-- The planner's statistics of an interaction month, brought up to date by the import (or the
-- deletion) that changed it, in its own transaction: a month's partition is made empty, so until
-- autovacuum comes round the planner believes it holds a row or two and computes each level of a
-- 1,000,000-row month by sorting it (1.6 s) instead of hashing it (0.5 s). ANALYZE samples a fixed
-- number of rows, so it costs about 0.3 s however large the month. Only the table's owner may
-- analyse it, hence security definer; a month without a partition has nothing to analyse.
create function tandem_analyze_interactions(p_month date) returns void
    language plpgsql security definer set search_path = ${flyway:defaultSchema}
as $$
declare
    v_name constant text := 'interactions_' || to_char(date_trunc('month', p_month), 'YYYY_MM');
begin
    if to_regclass(v_name) is not null then
        execute format('analyze %I', v_name);
    end if;
end
$$;
revoke execute on function tandem_analyze_interactions from public;
grant execute on function tandem_analyze_interactions to tandem_app;

-- V10's readers of a staged text field: an import now reads each line as its types as it arrives
-- (interaction.InteractionLine) and stages them typed, so nothing calls these any more.
drop function tandem_csv_time(text);
drop function tandem_csv_integer(text);
drop function tandem_csv_boolean(text);
