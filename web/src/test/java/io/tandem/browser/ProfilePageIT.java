package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.TandemClient;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class ProfilePageIT extends BrowserTest {

    @BeforeEach
    void openProfile() {
        signIn(fixtures.procurement());
        browser.findElement(By.id("nav-profile")).click();
    }

    @Test
    void aTokenIsShownOnceWorksForTheApiAndStopsWhenRevoked() {
        String name = "Reporting " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("tokens:token-name")).sendKeys(name);
        browser.findElement(By.id("tokens:create-token")).click();
        String secret = wait(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret"))).getText();
        TandemClient api = TandemClient.anonymous(URI.create(base.toString()));

        assertTrue(secret.startsWith("tnd_"), secret);
        assertEquals(200, api.get("api/v1/workspaces", secret).statusCode());
        assertTrue(api.get("api/v1/workspaces", secret).body()
                .contains(fixtures.policyAdministrationWorkspace().name()));

        browser.findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//button[contains(@id, 'revoke')]")).click();
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The token has been revoked."));

        assertEquals(401, api.get("api/v1/workspaces", secret).statusCode());
        browser.navigate().refresh();
        assertTrue(!browser.findElement(By.id("tokens:token-list")).getText().contains(name));
    }

    @Test
    void aWrongCurrentPasswordOrAShortNewOneIsRefused() {
        changePassword("not-my-password", "a-much-longer-password", "a-much-longer-password");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The current password is not correct."));

        changePassword(fixtures.password(), "short", "short");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "A password needs between 12 and 128 characters."));

        changePassword(fixtures.password(), "a-much-longer-password", "a-different-password");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The two new passwords differ."));
    }

    private void changePassword(String current, String password, String confirmation) {
        browser.findElement(By.id("password:current")).sendKeys(current);
        browser.findElement(By.id("password:new")).sendKeys(password);
        browser.findElement(By.id("password:confirmation")).sendKeys(confirmation);
        browser.findElement(By.id("password:change-password")).click();
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
