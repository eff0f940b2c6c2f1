package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility check every browser test relies on, shown to fail where it must: a page with the
 * faults axe-core once found in the application fails it, the same page mended passes. No server needed.
 */
class AccessibilityCheckBrowserIT {

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        Browser.release(browser);
    }

    @Test
    void aPageWithSeriousViolationsFailsNamingRuleAndElement() {
        show("""
                <ul id="messages" role="status"><li>Saved.</li></ul>
                <form><input id="unit" type="text"></form>""");

        assertThatThrownBy(() -> Accessibility.check(browser)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("axe-core listitem (serious)").hasMessageContaining("axe-core label (critical)")
                .hasMessageContaining("#unit");
    }

    @Test
    void theSamePageMendedPasses() {
        show("""
                <div id="messages" role="status"><ul><li>Saved.</li></ul></div>
                <form><label for="unit">Unit</label><input id="unit" type="text"></form>""");

        Accessibility.check(browser);
        assertThat(browser.executeScript("return axe.version;")).asString().startsWith("4.");
    }

    @Test
    void aPageWiderThanAPhoneFailsNamingWhatSticksOut() {
        Browser.asPhone(browser);
        try {
            show("""
                    <style>#wide { width: 600px; }</style>
                    <p id="wide">A line set wider than the screen.</p>""");

            assertThatThrownBy(() -> Accessibility.check(browser)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("scrolls sideways: 6").hasMessageContaining("window of 390 px")
                    .hasMessageContaining("p#wide reaches");
        } finally {
            Browser.asDesktop(browser);
        }
    }

    private static void show(String body) {
        // the viewport rule the application's pages carry: without it a phone lays a page out 980 px wide
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Check</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><main><h1>Check</h1>"
                + body + "</main></body></html>";
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
