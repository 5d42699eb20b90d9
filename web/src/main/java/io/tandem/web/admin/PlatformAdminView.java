package io.tandem.web.admin;

import io.tandem.platform.Country;
import io.tandem.tenancy.OrganisationKind;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.workspace.AdministrationRows.OrganisationRow;
import io.tandem.workspace.AdministrationRows.WorkspaceRow;
import io.tandem.workspace.PlatformAdministrationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The platform administrator's page: organisations, workspaces, first administrators. */
@Named
@ViewScoped
public class PlatformAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlatformAdministrationService administration;

    @Inject
    Messages messages;

    private List<OrganisationRow> organisations = List.of();
    private List<WorkspaceRow> workspaces = List.of();

    private String organisationName;
    private OrganisationKind organisationKind;
    private Country organisationCountry = Country.GB;
    private String workspaceName;
    private Long clientId;
    private Long providerId;
    private Long adminOrganisationId;
    private String adminEmail;
    private String adminName;
    private String adminPassword;

    public void load() {
        organisations = TableRows.of(administration.organisations());
        workspaces = TableRows.of(administration.workspaces());
    }

    public void createOrganisation() {
        attempt(() -> administration.createOrganisation(organisationName, organisationKind, organisationCountry),
                "admin.platform.organisation.created");
        organisationName = null;
    }

    public void createWorkspace() {
        attempt(() -> administration.createWorkspace(workspaceName, orZero(clientId), orZero(providerId)),
                "admin.platform.workspace.created");
    }

    public void createOrganisationAdmin() {
        attempt(() -> administration.createOrganisationAdmin(orZero(adminOrganisationId), adminEmail, adminName,
                adminPassword), "admin.platform.admin.created");
        adminPassword = null;
    }

    public List<OrganisationRow> organisationsOf(OrganisationKind kind) {
        return organisations.stream().filter(o -> o.kind() == kind).toList();
    }

    public Country getOrganisationCountry() {
        return organisationCountry;
    }

    public void setOrganisationCountry(Country organisationCountry) {
        this.organisationCountry = organisationCountry;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    private void attempt(Runnable act, String successKey) {
        if (messages.attempt(act, successKey)) {
            load();
        }
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    public List<OrganisationRow> getOrganisations() {
        return organisations;
    }

    public List<WorkspaceRow> getWorkspaces() {
        return workspaces;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public void setOrganisationKind(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    public String getWorkspaceName() {
        return workspaceName;
    }

    public void setWorkspaceName(String workspaceName) {
        this.workspaceName = workspaceName;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Long getAdminOrganisationId() {
        return adminOrganisationId;
    }

    public void setAdminOrganisationId(Long adminOrganisationId) {
        this.adminOrganisationId = adminOrganisationId;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
