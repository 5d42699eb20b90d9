package io.tandem.contract;

import io.tandem.platform.ForbiddenException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Contract obligations: the client records them; each side marks its own done; everyone who may
 * read contracts sees them, and the overdue ones on the workspace home.
 */
@Stateless
@Tenancy
public class ObligationService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    public List<ObligationDetails> obligations(long workspaceId, long contractId) {
        access.require(workspaceId).require(Permission.VIEW_CONTRACTS);
        contract(workspaceId, contractId);
        return views(em.createQuery("""
                        select o from Obligation o join fetch o.contract
                        where o.contract.id = :contract order by o.done, o.dueDate, o.id""", Obligation.class)
                .setParameter("contract", contractId).getResultList());
    }

    /** Open obligations past their due date, oldest first. */
    public List<ObligationDetails> overdue(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_CONTRACTS);
        return views(em.createQuery("""
                        select o from Obligation o join fetch o.contract
                        where o.workspaceId = :workspace and o.done = false and o.dueDate < :today
                        order by o.dueDate, o.id""", Obligation.class)
                .setParameter("workspace", workspaceId)
                .setParameter("today", today())
                .getResultList());
    }

    public ObligationDetails add(long workspaceId, long contractId, String description, Party owner, LocalDate dueDate,
                              Recurrence recurrence) {
        access.require(workspaceId).require(Permission.MANAGE_CONTRACTS);
        Obligation obligation = new Obligation(contract(workspaceId, contractId), description, owner, dueDate,
                recurrence);
        em.persist(obligation);
        em.flush();
        return ObligationDetails.of(obligation, today());
    }

    /** Marks an obligation done; only its own side may, with the version it last read. */
    public ObligationDetails complete(long workspaceId, long obligationId, long version) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.COMPLETE_OBLIGATIONS);
        Obligation obligation = new WorkspaceScope(em, workspaceId).find(Obligation.class, obligationId,
                Obligation::workspaceId);
        if (obligation.owner() != grant.party()) {
            throw new ForbiddenException();
        }
        WorkspaceScope.requireVersion(obligation, obligation.version(), version);
        obligation.complete(today());
        em.flush();
        return ObligationDetails.of(obligation, today());
    }

    private Contract contract(long workspaceId, long contractId) {
        return new WorkspaceScope(em, workspaceId).find(Contract.class, contractId, Contract::workspaceId);
    }

    private List<ObligationDetails> views(List<Obligation> obligations) {
        LocalDate today = today();
        return obligations.stream().map(o -> ObligationDetails.of(o, today)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
