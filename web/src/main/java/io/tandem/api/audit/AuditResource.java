package io.tandem.api.audit;

import io.tandem.api.ContentDisposition;
import io.tandem.audit.AuditFilter;
import io.tandem.audit.AuditPage;
import io.tandem.audit.AuditService;
import io.tandem.audit.ChainVerification;
import io.tandem.platform.DomainException;
import io.tandem.web.audit.AuditExport;
import io.tandem.web.audit.AuditRow;
import io.tandem.web.audit.AuditRows;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A workspace's audit trail, newest first, the verification of its hash chain, and the trail as
 * a file: every event the filter selects (up to {@link AuditService#MAX_EXPORT_EVENTS}), written
 * as the page writes it, in the language asked for ({@code lang}, else the request's).
 */
@Path("workspaces/{workspaceId}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AuditService audit;

    @Context
    HttpHeaders headers;

    @GET
    public AuditPage trail(@PathParam("workspaceId") long workspaceId,
                           @QueryParam("entityType") String entityType,
                           @QueryParam("action") String action,
                           @QueryParam("person") Long person,
                           @QueryParam("from") String from,
                           @QueryParam("to") String to,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("size") @DefaultValue("50") int size) {
        return audit.trail(workspaceId, filter(entityType, action, person, from, to), first, size);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("workspaceId") long workspaceId, @QueryParam("entityType") String entityType,
                        @QueryParam("action") String action, @QueryParam("person") Long person,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("lang") String lang) {
        AuditRows rows = new AuditRows(locale(lang));
        byte[] file = new AuditExport(rows).csv(rows(workspaceId, filter(entityType, action, person, from, to), rows));
        return download(file, "text/csv; charset=UTF-8", "audit-trail-" + workspaceId + ".csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    public Response xlsx(@PathParam("workspaceId") long workspaceId, @QueryParam("entityType") String entityType,
                         @QueryParam("action") String action, @QueryParam("person") Long person,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("lang") String lang) {
        AuditRows rows = new AuditRows(locale(lang));
        byte[] file = new AuditExport(rows).xlsx(rows(workspaceId, filter(entityType, action, person, from, to), rows));
        return download(file, XLSX, "audit-trail-" + workspaceId + ".xlsx");
    }

    @GET
    @Path("verification")
    public ChainVerification verify(@PathParam("workspaceId") long workspaceId) {
        return audit.verify(workspaceId);
    }

    private List<AuditRow> rows(long workspaceId, AuditFilter filter, AuditRows rows) {
        return rows.rows(audit.export(workspaceId, filter));
    }

    private static Response download(byte[] file, String type, String name) {
        return Response.ok(file, type).header("Content-Disposition", ContentDisposition.attachment(name)).build();
    }

    private static AuditFilter filter(String entityType, String action, Long person, String from, String to) {
        return new AuditFilter(entityType, action, person, day(from), day(to));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("audit.filter.date.invalid");
        }
    }

    private Locale locale(String lang) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip());
        }
        return headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }
}
