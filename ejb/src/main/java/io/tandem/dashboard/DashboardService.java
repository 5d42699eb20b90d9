package io.tandem.dashboard;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.servicelevel.CreditService;
import io.tandem.servicelevel.ResultsAndCredits;
import io.tandem.servicelevel.ServiceLevelGlance;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.TransactionConnection;
import io.tandem.tenancy.Workspace;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.workspace.WorkspaceOverview;
import io.tandem.workspace.WorkspaceService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace dashboard and the client's portfolio. Results and credits come from
 * {@link CreditService}, computed once per change of the workspace's records and then read from a
 * {@link DashboardSnapshots snapshot}; volumes from the monthly aggregate ({@link VolumeSource}),
 * projected breaches from the early warning ({@link ProjectionSource}). A request therefore costs a
 * few index lookups per workspace, however many months of history lie behind it.
 */
@Stateless
@Tenancy
public class DashboardService {

    /** The longest range of months a dashboard shows at once, as the scorecard. */
    public static final int MAX_MONTHS = 37;

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    TransactionConnection connections;

    @Inject
    WorkspaceAccess access;

    @Inject
    CreditService credits;

    @Inject
    VolumeSource volumes;

    @Inject
    ProjectionSource projections;

    @Inject
    DashboardSnapshots snapshots;

    @Inject
    WorkspaceService workspaces;

    /**
     * The workspace dashboard page's reading in one transaction: the workspace as its tabs show it
     * (a workspace the caller may not see ends here with "not found"), then its dashboard. Read by
     * the two services one after the other, they were two transactions, each beginning, naming the
     * caller to the database and reading the account again.
     */
    public WorkspaceDashboardPage workspacePage(long workspaceId, YearMonth from, YearMonth to) {
        WorkspaceOverview overview = workspaces.overview(workspaceId);
        return new WorkspaceDashboardPage(overview, workspace(workspaceId, from, to));
    }

    /** The workspace's dashboard over {@code from} to {@code to}; credits only for callers who may read them. */
    public WorkspaceDashboard workspace(long workspaceId, YearMonth from, YearMonth to) {
        checkRange(from, to);
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        long stamp = stamp(workspaceId);
        DashboardSnapshots.Snapshot figures = figures(grant, stamp, from, to);
        return new WorkspaceDashboard(workspaceId, grant.workspaceName(), from, to, figures.attainment(),
                figures.trends(), figures.creditTotals(), volumes.volumes(workspaceId, from, to), projected(grant, stamp, LocalDate.now()));
    }

    /**
     * Every workspace the caller sees as the client and may read service levels of, by name. Only
     * the client has a portfolio: anyone else (a provider's people, a reviewer) is refused.
     */
    public Portfolio portfolio(YearMonth from, YearMonth to) {
        checkRange(from, to);
        List<WorkspaceGrant> grants = access.all().stream()
                .filter(grant -> grant.party() == Party.CLIENT && grant.allows(Permission.VIEW_SERVICE_LEVELS))
                .toList();
        if (grants.isEmpty()) {
            throw new ForbiddenException();
        }
        List<Long> ids = grants.stream().map(WorkspaceGrant::workspaceId).toList();
        Map<Long, Long> stamps = stamps(ids);
        LocalDate today = LocalDate.now();
        List<Portfolio.Row> rows = new ArrayList<>();
        for (WorkspaceGrant grant : grants) {
            long id = grant.workspaceId();
            DashboardSnapshots.Snapshot figures = figures(grant, stamps.get(id), from, to);
            // read with the grants: no query, unless computing a snapshot above cleared them
            String provider = em.find(Workspace.class, id).provider().name();
            rows.add(new Portfolio.Row(id, grant.workspaceName(), provider,
                    figures.attainment(), figures.creditTotals(),
                    figures.offered(), projected(grant, stamps.get(id), today).size()));
        }
        rows.sort(Comparator.comparing(Portfolio.Row::workspaceName, String.CASE_INSENSITIVE_ORDER));
        return new Portfolio(from, to, rows);
    }

    /**
     * The workspace's service levels at a glance for the home page ({@link CreditService#glance}),
     * computed again only after a change to the workspace's records.
     */
    public ServiceLevelGlance glance(long workspaceId, YearMonth thisMonth) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        long stamp = stamp(workspaceId);
        DashboardSnapshots.GlanceKey key = new DashboardSnapshots.GlanceKey(workspaceId, grant.party(),
                grant.allows(Permission.VIEW_CREDITS), thisMonth);
        return snapshots.glance(key, stamp, () -> credits.glance(workspaceId, thisMonth));
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        if (from == null || to == null || from.isAfter(to) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new DomainException("dashboard.period.range", MAX_MONTHS);
        }
    }

    /** The snapshot of the workspace's results and credits, computed again only after a change. */
    private DashboardSnapshots.Snapshot figures(WorkspaceGrant grant, long stamp, YearMonth from, YearMonth to) {
        boolean showCredits = grant.allows(Permission.VIEW_CREDITS);
        DashboardSnapshots.Key key = new DashboardSnapshots.Key(grant.workspaceId(), grant.party(), showCredits, from, to);
        return snapshots.current(key, stamp, () -> {
            ResultsAndCredits figures = credits.resultsAndCredits(grant.workspaceId(), from, to);
            // The records read are not needed again in this call: kept managed, a cold portfolio held
            // every workspace's measurements (60,000 for 50 workspaces of 20 levels over 60 months)
            // until it answered, and a few such requests at once filled a 512 MB heap.
            em.clear();
            return DashboardSnapshots.Snapshot.of(stamp, figures.scorecard(), figures.credits(), from, to,
                    volumes.offered(grant.workspaceId(), from, to));
        });
    }

    /** The levels projected to end {@code today}'s month in breach, computed again only after a change. */
    private List<ProjectedBreach> projected(WorkspaceGrant grant, long stamp, LocalDate today) {
        DashboardSnapshots.ProjectionKey key = new DashboardSnapshots.ProjectionKey(grant.workspaceId(), grant.party(),
                today);
        return snapshots.projections(key, stamp,
                () -> projections.projectedBreaches(grant.workspaceId(), YearMonth.from(today)));
    }

    /**
     * The head of one workspace's audit chain as the caller sees it (0 for none). Not {@link #stamps}
     * with a list of one: PostgreSQL planned that statement afresh on every call (its cached plan
     * assumes an array of ten, so the plan for one always looks cheaper): 0.26 ms of planning on
     * every dashboard page, more than the statement's execution.
     */
    private long stamp(long workspaceId) {
        try (PreparedStatement query = connections.current().prepareStatement(
                "select coalesce(max(sequence_no), 0) from audit_events where workspace_id = ?")) {
            query.setLong(1, workspaceId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chain's head", e);
        }
    }

    /** The head of each workspace's audit chain as the caller sees it (0 for none): one index probe each. */
    private Map<Long, Long> stamps(List<Long> workspaceIds) {
        String sql = """
                select w.id, coalesce((select max(a.sequence_no) from audit_events a where a.workspace_id = w.id), 0)
                from unnest(?) as w(id)""";
        Connection db = connections.current();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("bigint", workspaceIds.toArray()));
            Map<Long, Long> stamps = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stamps.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return stamps;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chains' heads", e);
        }
    }
}
