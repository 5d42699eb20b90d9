package io.tandem.contract;

import io.tandem.inbox.InboxItem;
import io.tandem.inbox.InboxSource;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Obligations of the caller's side that are due within {@value #OBLIGATION_NOTICE_DAYS} days or
 * overdue, for whoever may mark them done; contracts in force whose notice date is near, for
 * whoever may decide on renewal.
 */
@ApplicationScoped
public class ContractInbox implements InboxSource {

    static final int OBLIGATION_NOTICE_DAYS = 14;
    static final String OBLIGATION_DUE = "OBLIGATION_DUE";
    static final String NOTICE_APPROACHING = "NOTICE_APPROACHING";

    private static final String CONTRACT_PAGE = "/contract/contract";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Override
    public List<InboxItem> waitingFor(Collection<WorkspaceGrant> grants, LocalDate today) {
        List<InboxItem> items = new ArrayList<>();
        Map<Long, WorkspaceGrant> completing = InboxSource.byWorkspace(grants,
                grant -> grant.allows(Permission.COMPLETE_OBLIGATIONS));
        if (!completing.isEmpty()) {
            em.createQuery("""
                            select o from Obligation o join fetch o.contract
                            where o.workspaceId in :workspaces and o.done = false and o.dueDate <= :horizon
                            order by o.dueDate, o.id""", Obligation.class)
                    .setParameter("workspaces", completing.keySet())
                    .setParameter("horizon", today.plusDays(OBLIGATION_NOTICE_DAYS))
                    .getResultList().stream()
                    .filter(obligation -> obligation.owner() == completing.get(obligation.workspaceId()).party())
                    .forEach(obligation -> items.add(item(OBLIGATION_DUE, completing.get(obligation.workspaceId()),
                            obligation.contract(), obligation.contract().reference() + ": " + obligation.description(),
                            obligation.dueDate(), obligation.dueDate().isBefore(today))));
        }
        Map<Long, WorkspaceGrant> managing = InboxSource.byWorkspace(grants,
                grant -> grant.allows(Permission.MANAGE_CONTRACTS));
        if (!managing.isEmpty()) {
            em.createQuery("""
                            select c from Contract c where c.workspace.id in :workspaces and c.status = :active
                            order by c.reference""", Contract.class)
                    .setParameter("workspaces", managing.keySet())
                    .setParameter("active", ContractStatus.ACTIVE)
                    .getResultList().stream()
                    .filter(contract -> contract.terms().noticeWarning(today) == NoticeWarning.APPROACHING)
                    .forEach(contract -> items.add(item(NOTICE_APPROACHING, managing.get(contract.workspaceId()),
                            contract, contract.reference(), contract.terms().noticeDate(), false)));
        }
        return items;
    }

    private static InboxItem item(String kind, WorkspaceGrant grant, Contract contract, String title, LocalDate due,
                                  boolean overdue) {
        return new InboxItem(kind, grant.workspaceId(), grant.workspaceName(), contract.id(), title, null, due,
                overdue, CONTRACT_PAGE, "contract");
    }
}
