package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tandem.testing.TandemClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Text past a field's limit is neither cut off by the browser nor stored: the user sees both. */
class FieldLimitsIT extends BrowserTest {

    @Test
    void aNoteOverItsLimitIsCountedAndRefusedNotCutOff() {
        TandemClient rm = fixtures.signedIn(base, fixtures.rm());
        long workspace = fixtures.claimsWorkspace().id();
        String marker = "Too long " + UUID.randomUUID();
        String note = marker + "x".repeat(4100 - marker.length());
        signIn(fixtures.rm());
        browser.get(base + "workspace/home.xhtml?workspace=" + workspace);
        WebElement counter = browser.findElement(By.id("note-form:note-counter"));
        assertEquals("0 of 4000 characters", counter.getText());

        WebElement field = browser.findElement(By.id("note-form:note"));
        field.sendKeys(note);

        assertEquals(4100, field.getDomProperty("value").length(), "the browser keeps all of it");
        assertEquals("4100 of 4000 characters: 100 too many", counter.getText());
        browser.findElement(By.id("note-form:add-note")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "A note needs between 1 and 4000 characters."));
        assertFalse(browser.findElement(By.id("notes-list")).getText().contains(marker));
        assertFalse(rm.get("api/v1/workspaces/" + workspace + "/notes").body()
                .contains(marker));
    }
}
