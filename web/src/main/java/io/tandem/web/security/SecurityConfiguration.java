package io.tandem.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through our own JSF page. The page hands the credentials to
 * {@link jakarta.security.enterprise.SecurityContext#authenticate}, which asks
 * {@link AccountIdentityStore}; a protected page visited first is resumed after sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class SecurityConfiguration {
}
