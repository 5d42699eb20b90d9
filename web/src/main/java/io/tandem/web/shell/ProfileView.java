package io.tandem.web.shell;

import io.tandem.workspace.ApiTokenDetails;
import io.tandem.workspace.ProfileService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The signed-in user's profile: change the password, create and revoke personal API tokens. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfileService profile;

    @Inject
    Messages messages;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String tokenName;
    private String createdToken;
    private List<ApiTokenDetails> tokens = List.of();

    public void load() {
        tokens = profile.tokens();
    }

    public void changePassword() {
        messages.attempt(() -> profile.changePassword(currentPassword, newPassword, confirmation),
                "profile.password.changed");
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }

    public void createToken() {
        if (messages.attempt(() -> createdToken = profile.createToken(tokenName), "profile.tokens.created.message")) {
            tokenName = null;
            tokens = profile.tokens();
        }
    }

    public void revokeToken(long tokenId) {
        profile.revokeToken(tokenId);
        createdToken = null;
        tokens = profile.tokens();
        messages.info("profile.tokens.revoked");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getCreatedToken() {
        return createdToken;
    }

    public List<ApiTokenDetails> getTokens() {
        return tokens;
    }
}
