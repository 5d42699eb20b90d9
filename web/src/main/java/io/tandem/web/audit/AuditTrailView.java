package io.tandem.web.audit;

import io.tandem.audit.AuditFilter;
import io.tandem.audit.AuditPage;
import io.tandem.audit.AuditPerson;
import io.tandem.audit.AuditService;
import io.tandem.audit.ChainVerification;
import io.tandem.platform.DomainException;
import io.tandem.web.shell.Messages;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A workspace's audit trail, filtered by kind of record, change, person and days, paged, with
 * each change as "field: before → after"; its export (every event the filter selects, through
 * the API) and the check of its hash chain.
 */
@Named
@ViewScoped
public class AuditTrailView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    Messages messages;

    @Inject
    FacesContext facesContext;

    private String entityType;
    private String action;
    private Long person;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter applied = AuditFilter.none();
    private long matching;
    private List<String> recordTypes = List.of();
    private List<AuditPerson> people = List.of();
    private ChainVerification verification;
    private transient AuditRows rows;
    private final LazyDataModel<AuditRow> events = new Events();

    /** Checks access before the table asks for rows, so a refusal answers 404/403 rather than an empty table. */
    public void load() {
        openWorkspace();
        recordTypes = audit.recordTypes(workspaceId);
        people = audit.people(workspaceId);
        matching = audit.trail(workspaceId, applied, 0, 1).total();
    }

    /** Applies the filter as entered; a filter the trail refuses (days the wrong way round) leaves the last one. */
    public void applyFilter() {
        try {
            applied = new AuditFilter(entityType, action, person, from, to);
        } catch (DomainException e) {
            messages.error(e.messageKey(), e.arguments().toArray());
            return;
        }
        matching = audit.trail(workspaceId, applied, 0, 1).total();
    }

    public void verify() {
        verification = audit.verify(workspaceId);
        if (verification.intact()) {
            messages.info("workspace.audit.verification.intact", verification.eventsChecked());
        } else {
            messages.error("workspace.audit.verification.broken", verification.brokenAt());
        }
    }

    /** Where the API serves the filtered trail as a file, in the page's language. */
    public String exportPath(String format) {
        List<String> query = new ArrayList<>();
        add(query, "entityType", applied.entityType());
        add(query, "action", applied.action());
        add(query, "person", applied.actorId());
        add(query, "from", applied.from());
        add(query, "to", applied.to());
        add(query, "lang", facesContext.getViewRoot().getLocale().getLanguage());
        return facesContext.getExternalContext().getRequestContextPath() + "/api/v1/workspaces/" + workspaceId
                + "/audit/export." + format + "?" + String.join("&", query);
    }

    private static void add(List<String> query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    public boolean isExportable() {
        return matching <= AuditService.MAX_EXPORT_EVENTS;
    }

    /** Why the export is not offered: more events match than one file holds. */
    public String getExportRefusal() {
        return messages.text("audit.export.tooMany", matching, AuditService.MAX_EXPORT_EVENTS);
    }

    public long getMatching() {
        return matching;
    }

    /** A person as the filter lists them: name (organisation). */
    public String personLabel(AuditPerson someone) {
        return rows().person(someone.name(), someone.organisation());
    }

    private AuditRows rows() {
        if (rows == null) {
            rows = new AuditRows(facesContext.getViewRoot().getLocale());
        }
        return rows;
    }

    private class Events extends LazyDataModel<AuditRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) audit.trail(workspaceId, applied, 0, 1).total();
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                   Map<String, FilterMeta> filters) {
            AuditPage page = audit.trail(workspaceId, applied, first, pageSize);
            setRowCount((int) page.total());
            return rows().rows(page);
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.sequence());
        }
    }

    public LazyDataModel<AuditRow> getEvents() {
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

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<String> getRecordTypes() {
        return recordTypes;
    }

    public List<AuditPerson> getPeople() {
        return people;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
