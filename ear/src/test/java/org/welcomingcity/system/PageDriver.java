package org.welcomingcity.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** One Chromium driven through the request pages: sign in as someone, fill fields, click and wait. */
final class PageDriver implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final ChromeDriver browser;

    PageDriver() {
        this(null);
    }

    /** A browser that asks for pages in {@code acceptLanguage}, such as "es" (null: the system's language). */
    PageDriver(String acceptLanguage) {
        browser = Browser.start(acceptLanguage);
    }

    /** Signs in afresh: dropping the cookie ends the previous person's session in this browser. */
    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, username, password);
    }

    /** Opens a page of the application and checks it with axe-core, as every page this driver lands on. */
    void open(String path) {
        browser.get(Api.baseUrl() + path);
        Accessibility.check(browser);
    }

    /** Clicks a link or submit button and waits for the next page: the old one may have elements with the same ids. */
    void clickAndWait(String id) {
        Browser.clickAndWait(browser, id);
    }

    void clickLinkAndWait(String text) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.linkText(text)).click();
        Browser.waitUntilGone(browser, page);
        Accessibility.check(browser);
    }

    /** Checks the page as it is now, after an update that did not load a new page. */
    void checkAccessibility() {
        Accessibility.check(browser);
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a native date or time input the way its picker would: typing depends on the browser's locale. */
    void setValue(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    void choose(String id, String visibleText) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Ticks the checkbox of a group by its label, as a person would. */
    void tick(String formId, String label) {
        browser.findElement(By.xpath("//form[@id='" + formId + "']//label[contains(normalize-space(.), \"" + label + "\")]")).click();
    }

    /** Presses Tab until the focus is on the element {@code id}, as a person without a mouse moves on. */
    void tabTo(String id) {
        for (int presses = 0; presses < 80; presses++) {
            if (id.equals(focusedId())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("80 presses of Tab did not reach " + id + "; the focus is on " + focusedId());
    }

    /** Presses Tab until the focus is on the input that this label of the form names. */
    void tabToLabel(String formId, String label) {
        tabTo(browser.findElement(By.xpath("//form[@id='" + formId + "']//label[contains(normalize-space(.), \""
                + label + "\")]")).getAttribute("for"));
    }

    /** Types into whatever has the focus. */
    void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses a key that submits the page, and waits for the next one. */
    void pressAndWait(CharSequence key) {
        WebElement page = browser.findElement(By.tagName("html"));
        press(key);
        Browser.waitUntilGone(browser, page);
        Accessibility.check(browser);
    }

    /** The id of the element that has the focus (empty when it is on the page itself). */
    String focusedId() {
        return (String) browser.executeScript("return document.activeElement ? document.activeElement.id : '';");
    }

    /** Moves the focus on, so a changed field reports its change (and its ajax update runs). */
    void leave(String id) {
        browser.executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.findElement(By.id(id)));
    }

    void waitForText(String id, String text) {
        Browser.waitForText(browser, id, text, Duration.ofSeconds(15));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** Whether the loaded page has no element {@code id}, asked without waiting for one to appear. */
    boolean absent(String id) {
        return Browser.absent(browser, By.id(id));
    }

    /** The request id the page shows, from its address. */
    long requestId() {
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Fetches a link's target with this browser's session, as the browser would. */
    HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Keeps a screenshot of the window in target/screenshots. With -Ddocs.screenshots=true the whole page
     * goes to docs/screenshots too, where the README shows each role's pages.
     */
    void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Browser.screenshotsFolder());
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("docs.screenshots")) {
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(Files.createDirectories(Path.of("..", "docs", "screenshots")).resolve(name + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        }
    }

    @Override
    public void close() {
        Browser.release(browser);
    }
}
