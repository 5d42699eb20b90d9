package io.tandem.browser;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** A fresh headless Chromium per test against the shared deployment. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    void signIn(String email, String password) {
        Browser.signIn(browser, base.toString(), email, password);
    }
}
