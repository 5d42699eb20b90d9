package io.tandem.web.audit;

import io.tandem.audit.AuditEntry;
import io.tandem.audit.AuditFilter;
import io.tandem.audit.AuditPage;
import io.tandem.audit.AuditService;
import io.tandem.audit.ChainVerification;
import io.tandem.web.shell.Messages;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A workspace's audit trail, filtered and paged, and the check of its hash chain. */
@Named
@ViewScoped
public class AuditTrailView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    Messages messages;

    private String entityType;
    private String action;
    private List<String> recordTypes = List.of();
    private ChainVerification verification;
    private final LazyDataModel<AuditEntry> events = new Events();

    /** Checks access before the table asks for rows, so a refusal answers 404/403 rather than an empty table. */
    public void load() {
        openWorkspace();
        recordTypes = audit.recordTypes(workspaceId);
    }

    public void verify() {
        verification = audit.verify(workspaceId);
        if (verification.intact()) {
            messages.info("workspace.audit.verification.intact", verification.eventsChecked());
        } else {
            messages.error("workspace.audit.verification.broken", verification.brokenAt());
        }
    }

    private class Events extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) audit.trail(workspaceId, filter(), 0, 1).total();
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sort,
                                     Map<String, FilterMeta> filters) {
            AuditPage page = audit.trail(workspaceId, filter(), first, pageSize);
            setRowCount((int) page.total());
            return page.entries();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.sequence());
        }

        private AuditFilter filter() {
            return new AuditFilter(entityType, action);
        }
    }

    public LazyDataModel<AuditEntry> getEvents() {
        return events;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public List<String> getRecordTypes() {
        return recordTypes;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
