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
import java.util.List;

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
    public List<InboxItem> waitingFor(WorkspaceGrant grant, LocalDate today) {
        List<InboxItem> items = new ArrayList<>();
        if (grant.allows(Permission.COMPLETE_OBLIGATIONS)) {
            em.createQuery("""
                            select o from Obligation o join fetch o.contract
                            where o.workspaceId = :workspace and o.done = false and o.owner = :side
                            and o.dueDate <= :horizon
                            order by o.dueDate, o.id""", Obligation.class)
                    .setParameter("workspace", grant.workspaceId())
                    .setParameter("side", grant.party())
                    .setParameter("horizon", today.plusDays(OBLIGATION_NOTICE_DAYS))
                    .getResultList()
                    .forEach(obligation -> items.add(new InboxItem(OBLIGATION_DUE, grant.workspaceId(),
                            grant.workspaceName(), obligation.contract().id(),
                            obligation.contract().reference() + ": " + obligation.description(), null,
                            obligation.dueDate(), obligation.dueDate().isBefore(today), CONTRACT_PAGE, "contract")));
        }
        if (grant.allows(Permission.MANAGE_CONTRACTS)) {
            em.createQuery("""
                            select c from Contract c where c.workspace.id = :workspace and c.status = :active
                            order by c.reference""", Contract.class)
                    .setParameter("workspace", grant.workspaceId())
                    .setParameter("active", ContractStatus.ACTIVE)
                    .getResultList().stream()
                    .filter(contract -> contract.terms().noticeWarning(today) == NoticeWarning.APPROACHING)
                    .forEach(contract -> items.add(new InboxItem(NOTICE_APPROACHING, grant.workspaceId(),
                            grant.workspaceName(), contract.id(), contract.reference(), null,
                            contract.terms().noticeDate(), false, CONTRACT_PAGE, "contract")));
        }
        return items;
    }
}
