package io.tandem.contract;

import io.tandem.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads document bytes with no workspace filter, the way a forgetful service would. */
@Stateless
@Tenancy
public class UnscopedDocumentContents {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Long> allDocumentIds() {
        return ((List<Number>) em.createNativeQuery("select document_id from contract_document_contents order by 1")
                .getResultList()).stream().map(Number::longValue).toList();
    }
}
