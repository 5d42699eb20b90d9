package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Signing in as the shared fixtures' users, in headless Chromium, against the shared deployment. */
class SignInPageIT extends BrowserTest {

    @Test
    void relationshipManagerSignsInAndSeesTheClientsWorkspaces() {
        signIn(fixtures.rm());

        assertEquals("Your workspaces", browser.findElement(By.cssSelector("h1.tandem-title")).getText());
        assertEquals(fixtures.rm().name(), browser.findElement(By.id("caller-name")).getText());
        assertEquals(fixtures.clientName(), browser.findElement(By.id("caller-organisation")).getText());
        // in name order
        assertEquals(List.of(fixtures.policyAdministrationWorkspace().name(), fixtures.claimsWorkspace().name()),
                workspaceNames());
        assertTrue(browser.findElement(By.id("workspaces")).getText().contains("Client relationship manager"));
    }

    @Test
    void providerAccountManagerSeesOnlyTheirOwnEngagement() {
        signIn(fixtures.accountManager());

        assertEquals(List.of(fixtures.claimsWorkspace().name()), workspaceNames());
        assertFalse(browser.getPageSource().contains(fixtures.otherProviderName()));
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() {
        signIn(fixtures.rm().email(), "not-the-password");
        String refusalForKnownAccount = browser.findElement(By.id("login:messages")).getText();

        signIn("nobody@northwind.example", "not-the-password");
        String refusalForUnknownAccount = browser.findElement(By.id("login:messages")).getText();

        assertEquals("The e-mail address or password is not correct.", refusalForKnownAccount);
        assertEquals(refusalForKnownAccount, refusalForUnknownAccount);
        assertTrue(browser.findElements(By.id("workspaces")).isEmpty());

        signIn(fixtures.rm());
        assertEquals(fixtures.rm().name(), browser.findElement(By.id("caller-name")).getText());
    }

    @Test
    void theLoginPageOpensNoSession() {
        browser.get(base.toString());

        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
        assertNull(browser.manage().getCookieNamed("JSESSIONID"), "an anonymous visitor costs no session");
    }

    @Test
    void signingInIssuesANewSessionId() {
        // No anonymous session exists to fix in advance; a session already signed in is renewed too.
        signIn(fixtures.rm());
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        Browser.signIn(browser, base + "login.xhtml", fixtures.analyst().email(), fixtures.password());

        assertFalse(before.equals(browser.manage().getCookieNamed("JSESSIONID").getValue()));
        assertEquals(fixtures.analyst().name(), browser.findElement(By.id("caller-name")).getText());
    }

    @Test
    void signingOutEndsTheSession() {
        signIn(fixtures.analyst());
        Browser.signOut(browser);

        browser.get(base.toString());
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
    }

    private List<String> workspaceNames() {
        return browser.findElements(By.cssSelector("#workspaces [id$='workspace-name']")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
