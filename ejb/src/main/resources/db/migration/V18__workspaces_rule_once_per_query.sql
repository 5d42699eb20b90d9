-- The workspaces table's own rule (V2) asked tandem_can_see(id, null) of each row: a
-- security-definer function, which PostgreSQL cannot inline, so every row ran the caller's
-- visible workspaces again (about 0.1 ms each; 5 ms to list the 50 workspaces of a portfolio,
-- in every request that reads them). The same rule as an uncorrelated subquery is evaluated once
-- per statement and hashed, as V15 did for the other tables. Which rows pass is unchanged.
alter policy workspaces_isolation on workspaces
    using (id in (select v.workspace_id from tandem_visible_workspaces() v) or tandem_caller_is_platform_admin());
