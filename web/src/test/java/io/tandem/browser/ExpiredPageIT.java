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

    private static final String CALLTECH = "Northwind x Calltech: UK claims";

    @Test
    void aNoteSentFromAnExpiredPageComesBackToTheSamePageWithItsText() {
        signIn("rm@northwind.example", "tandem-demo");
        browser.findElement(By.linkText(CALLTECH)).click();
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
        assertEquals(CALLTECH, browser.findElement(By.cssSelector("h1.tandem-title")).getText());
        assertEquals(note, browser.findElement(By.id("note-form:note")).getAttribute("value"));
        assertFalse(browser.findElement(By.id("notes-list")).getText().contains(note), "nothing was added");

        browser.findElement(By.id("note-form:add-note")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notes-list"), note));
        assertFalse(browser.findElement(By.id("messages")).getText().contains("expired"));
    }
}
