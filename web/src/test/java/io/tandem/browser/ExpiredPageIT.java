package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A page whose view state the server no longer has: the user is told, and keeps what they typed. */
class ExpiredPageIT extends BrowserTest {

    @Test
    void aNoteSentFromAnExpiredPageComesBackToTheSamePageWithItsText() {
        String claims = fixtures.claimsWorkspace().name();
        signIn(fixtures.rm());
        browser.findElement(By.linkText(claims)).click();
        String page = browser.getCurrentUrl();
        String note = "Typed before the page expired " + UUID.randomUUID();
        type("note-form:note", note);
        // What the server sees when it no longer keeps this page's view.
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = 'expired');");

        browser.findElement(By.id("note-form:add-note")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Your page expired, please try again."));
        assertEquals(page, browser.getCurrentUrl());
        assertEquals(claims, browser.findElement(By.cssSelector("h1.tandem-title")).getText());
        assertEquals(note, browser.findElement(By.id("note-form:note")).getAttribute("value"));
        assertFalse(browser.findElement(By.id("notes-list")).getText().contains(note), "nothing was added");

        browser.findElement(By.id("note-form:add-note")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notes-list"), note));
        assertFalse(browser.findElement(By.id("messages")).getText().contains("expired"));
    }
}
