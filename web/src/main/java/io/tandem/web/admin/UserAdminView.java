package io.tandem.web.admin;

import io.tandem.tenancy.Role;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.workspace.AdministrationRows.UserRow;
import io.tandem.workspace.AdministrationRows.WorkspaceRow;
import io.tandem.workspace.UserAdministrationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** An organisation administrator's page: the organisation's users and their workspace roles. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministrationService administration;

    @Inject
    Messages messages;

    private List<UserRow> users = List.of();
    private List<WorkspaceRow> workspaces = List.of();

    private String email;
    private String displayName;
    private String initialPassword;
    private Long memberUserId;
    private Long memberWorkspaceId;
    private Role memberRole;

    public void load() {
        users = TableRows.of(administration.users());
        workspaces = administration.workspaces();
    }

    public void createUser() {
        attempt(() -> administration.createUser(email, displayName, initialPassword), "admin.users.created");
        initialPassword = null;
    }

    public void reactivate(long userId) {
        attempt(() -> administration.reactivate(userId), "admin.users.reactivated");
    }

    public void deactivate(long userId) {
        attempt(() -> administration.deactivate(userId), "admin.users.deactivated");
    }

    public void grantMembership() {
        attempt(() -> administration.grantMembership(memberUserId == null ? 0 : memberUserId,
                memberWorkspaceId == null ? 0 : memberWorkspaceId, memberRole), "admin.membership.granted");
    }

    public void revokeMembership(long membershipId) {
        attempt(() -> administration.revokeMembership(membershipId), "admin.membership.revoked");
    }

    /** The workspace roles as their column shows them, for the export: "UK claims: Analyst; ...". */
    public String memberships(UserRow user) {
        return user.memberships().stream()
                .map(membership -> membership.workspaceName() + ": " + messages.text("role." + membership.role().name()))
                .collect(Collectors.joining("; "));
    }

    public Role[] getRoles() {
        return Role.values();
    }

    private void attempt(Runnable act, String successKey) {
        if (messages.attempt(act, successKey)) {
            load();
        }
    }

    public List<UserRow> getUsers() {
        return users;
    }

    public List<WorkspaceRow> getWorkspaces() {
        return workspaces;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public Long getMemberUserId() {
        return memberUserId;
    }

    public void setMemberUserId(Long memberUserId) {
        this.memberUserId = memberUserId;
    }

    public Long getMemberWorkspaceId() {
        return memberWorkspaceId;
    }

    public void setMemberWorkspaceId(Long memberWorkspaceId) {
        this.memberWorkspaceId = memberWorkspaceId;
    }

    public Role getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(Role memberRole) {
        this.memberRole = memberRole;
    }
}
