package io.tandem.web.datasharing;

import io.tandem.datasharing.AgreementDetails;
import io.tandem.datasharing.AgreementStatus;
import io.tandem.datasharing.DataSharingService;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;

/**
 * One agreement at one of its versions (the current one unless the page names another): its
 * terms, what changed since the version before (in the page's words, {@link TermsChangeRows}),
 * signing, revoking and amending.
 */
@Named
@ViewScoped
public class AgreementView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    DataSharingService agreements;

    @Inject
    Messages messages;

    private long agreementId;
    private Integer versionNumber;
    private AgreementDetails agreement;
    private List<TermsChangeRows.Row> changes = List.of();
    private TermsForm form;
    private String revocationReason;

    public void load() {
        openWorkspace();
        show(versionNumber == null ? agreements.agreement(workspaceId, agreementId)
                : agreements.version(workspaceId, agreementId, versionNumber));
    }

    public void sign() {
        act(() -> agreements.sign(workspaceId, agreementId, agreement.version()), "datasharing.detail.signed");
    }

    public void revoke() {
        act(() -> agreements.revoke(workspaceId, agreementId, agreement.version(), revocationReason),
                "datasharing.detail.revoked");
    }

    public void amend() {
        act(() -> agreements.amend(workspaceId, agreementId, agreement.version(), form.getTitle(), form.terms()),
                "datasharing.detail.amended");
    }

    private void act(Supplier<AgreementDetails> action, String successKey) {
        AgreementDetails[] changed = new AgreementDetails[1];
        if (messages.attempt(() -> changed[0] = action.get(), successKey)) {
            versionNumber = null;
            revocationReason = null;
            show(changed[0]);
        }
    }

    private void show(AgreementDetails details) {
        agreement = details;
        changes = new TermsChangeRows(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .rows(details.shown().changes());
        form = TermsForm.of(details);
    }

    /** The signatory of the caller's party, while the current version awaits that party's signature. */
    public boolean getMaySign() {
        return overview.allows(Permission.SIGN_DATA_SHARING) && live() && agreement.showsCurrent()
                && !agreement.shown().signedBy(overview.party());
    }

    public boolean getMayRevoke() {
        return overview.allows(Permission.SIGN_DATA_SHARING) && live();
    }

    public boolean getMayAmend() {
        return overview.allows(Permission.MANAGE_DATA_SHARING) && live() && agreement.showsCurrent();
    }

    /** The API's PDF of the version shown, relative to the context root. */
    public String getPdfPath() {
        return "/api/v1/workspaces/" + workspaceId + "/data-sharing/agreements/" + agreementId + "/versions/"
                + agreement.shown().number() + "/pdf";
    }

    private boolean live() {
        return agreement.status() != AgreementStatus.REVOKED;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(long agreementId) {
        this.agreementId = agreementId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public AgreementDetails getAgreement() {
        return agreement;
    }

    public List<TermsChangeRows.Row> getChanges() {
        return changes;
    }

    public TermsForm getForm() {
        return form;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }
}
