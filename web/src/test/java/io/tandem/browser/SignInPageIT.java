package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Signing in as demo users, in headless Chromium, against the shared deployment. */
class SignInPageIT extends BrowserTest {

    @Test
    void relationshipManagerSignsInAndSeesTheClientsWorkspaces() {
        signIn("rm@northwind.example", "tandem-demo");

        assertEquals("Your workspaces", browser.findElement(By.cssSelector("h1.tandem-title")).getText());
        assertEquals("Rita Mendes", browser.findElement(By.id("caller-name")).getText());
        assertEquals("Northwind Insurance", browser.findElement(By.id("caller-organisation")).getText());
        assertEquals(List.of("Northwind x Brightline: policy administration", "Northwind x Calltech: UK claims"),
                workspaceNames());
        assertTrue(browser.findElement(By.id("workspaces")).getText().contains("Client relationship manager"));
    }

    @Test
    void providerAccountManagerSeesOnlyTheirOwnEngagement() {
        signIn("am@calltech.example", "tandem-demo");

        assertEquals(List.of("Northwind x Calltech: UK claims"), workspaceNames());
        assertFalse(browser.getPageSource().contains("Brightline"));
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() {
        signIn("rm@northwind.example", "not-the-password");
        String refusalForKnownAccount = browser.findElement(By.id("login:messages")).getText();

        signIn("nobody@northwind.example", "not-the-password");
        String refusalForUnknownAccount = browser.findElement(By.id("login:messages")).getText();

        assertEquals("The e-mail address or password is not correct.", refusalForKnownAccount);
        assertEquals(refusalForKnownAccount, refusalForUnknownAccount);
        assertTrue(browser.findElements(By.id("workspaces")).isEmpty());

        signIn("rm@northwind.example", "tandem-demo");
        assertEquals("Rita Mendes", browser.findElement(By.id("caller-name")).getText());
    }

    @Test
    void signingInIssuesANewSessionId() {
        browser.get(base.toString());
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        signIn("analyst@northwind.example", "tandem-demo");

        assertFalse(before.equals(browser.manage().getCookieNamed("JSESSIONID").getValue()));
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("analyst@northwind.example", "tandem-demo");
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
