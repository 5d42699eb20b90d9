package io.tandem.contract;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.Workspace;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A workspace's contracts: read by its members, drafted and moved through their lifecycle by the client. */
@Stateless
@Tenancy
public class ContractService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** Observed by the service levels, whose pool allocations must stay within the new cap. */
    @Inject
    Event<RegimeChange> regimeChanges;

    private final Clock clock = Clock.systemUTC();

    public List<ContractDetails> contracts(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_CONTRACTS);
        return em.createQuery("""
                        select c from Contract c left join fetch c.parent
                        where c.workspace.id = :workspace order by c.reference""", Contract.class)
                .setParameter("workspace", workspaceId)
                .getResultList().stream().map(this::details).toList();
    }

    public ContractDetails contract(long workspaceId, long contractId) {
        access.require(workspaceId).require(Permission.VIEW_CONTRACTS);
        return details(find(workspaceId, contractId));
    }

    public ContractDetails create(long workspaceId, NewContract draft) {
        access.require(workspaceId).require(Permission.MANAGE_CONTRACTS);
        Contract parent = draft.parentId() == null ? null : find(workspaceId, draft.parentId());
        Contract contract = new Contract(em.find(Workspace.class, workspaceId), draft.reference(), draft.type(), parent,
                draft.terms());
        boolean taken = !em.createQuery("""
                        select c.id from Contract c where c.workspace.id = :workspace and c.reference = :reference""")
                .setParameter("workspace", workspaceId).setParameter("reference", contract.reference())
                .getResultList().isEmpty();
        if (taken) {
            throw new DomainException("contract.reference.duplicate", contract.reference());
        }
        em.persist(contract);
        em.flush();
        return details(contract);
    }

    public ContractDetails changeTerms(long workspaceId, long contractId, long version, NewContract terms) {
        Contract contract = forChange(workspaceId, contractId, version);
        contract.changeTerms(terms.terms());
        return flushed(contract);
    }

    public ContractDetails setCreditRegime(long workspaceId, long contractId, long version, CreditRegime regime) {
        Contract contract = forChange(workspaceId, contractId, version);
        contract.setCreditRegime(regime);
        regimeChanges.fire(new RegimeChange(contract, regime));
        return flushed(contract);
    }

    public ContractDetails moveTo(long workspaceId, long contractId, long version, ContractStatus next) {
        Contract contract = forChange(workspaceId, contractId, version);
        contract.moveTo(next);
        return flushed(contract);
    }

    /** The contract to change, provided the caller saw its current version: else someone else changed it first. */
    private Contract forChange(long workspaceId, long contractId, long version) {
        access.require(workspaceId).require(Permission.MANAGE_CONTRACTS);
        Contract contract = find(workspaceId, contractId);
        WorkspaceScope.requireVersion(contract, contract.version(), version);
        return contract;
    }

    private ContractDetails flushed(Contract contract) {
        em.flush();
        return details(contract);
    }

    private ContractDetails details(Contract contract) {
        return ContractDetails.of(contract, LocalDate.now(clock));
    }

    private Contract find(long workspaceId, long contractId) {
        return new WorkspaceScope(em, workspaceId).find(Contract.class, contractId, Contract::workspaceId);
    }
}
