-- A computed level's interval figures hang off the level, in the level's workspace. V11 said so
-- with two foreign keys and the per-row trigger the small tables use (tandem_parent_workspace_matches),
-- which looks the level up in dynamic SQL: 36 µs a row, and a level's month of ten queues is about
-- 10,000 rows, so writing it spent 0.4 s in that trigger and 0.1 s in the two keys, as long as
-- reading the month's million records. One composite key says the same (the level exists, and in
-- the row's workspace; the workspace then exists, as the level's does) at a key check per row.
alter table service_levels add constraint service_levels_id_workspace unique (id, workspace_id);

drop trigger kpi_intervals_workspace on kpi_intervals;
alter table kpi_intervals
    drop constraint kpi_intervals_workspace_id_fkey,
    drop constraint kpi_intervals_service_level_id_fkey,
    add constraint kpi_intervals_level_in_workspace foreign key (service_level_id, workspace_id)
        references service_levels (id, workspace_id);
