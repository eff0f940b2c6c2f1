package org.welcomingcity.system;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium with the system's chromedriver (Debian's chromium and chromium-driver
 * packages), so Selenium never tries to download a browser or a driver. A test takes a browser
 * with {@link #start} and hands it back with {@link #release}, which empties it for the next test
 * as a new person would find it: starting Chromium anew for each test cost the suite more than a
 * second a test.
 */
final class Browser {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /**
     * How long a click waits for the next page. There is no implicit wait: a lookup answers at once, so
     * a check that something is absent costs nothing, and a test says where it waits ({@link #waitUpTo}
     * for what a script or an ajax update adds).
     */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);
    /**
     * How often a wait looks again. Selenium's own half second would add a quarter of a second, on
     * average, to every click that waits for its next page; a look is one round trip to chromedriver.
     */
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Dimension WINDOW = new Dimension(1280, 900);

    /** Browsers handed back, by the language their person reads ("" for the system's). */
    private static final Map<String, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();
    /** Every browser started, to be closed when the tests end. */
    private static final Map<ChromeDriver, Started> STARTED = new ConcurrentHashMap<>();
    /** The browsers a test holds: only these can be handed back, and each only once. */
    private static final Set<ChromeDriver> IN_USE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.keySet().forEach(Browser::quit)));
    }

    /**
     * A browser's language ("" for the system's) and the window it opened with, the one its
     * emulated Accept-Language header belongs to.
     */
    private record Started(String language, String firstWindow) {
    }

    private Browser() {
    }

    static ChromeDriver start() {
        return start(null);
    }

    /**
     * A browser whose person reads {@code acceptLanguage} (such as "es"), or the system's language
     * when null: one handed back by an earlier test, or a new one.
     */
    static ChromeDriver start(String acceptLanguage) {
        String language = acceptLanguage == null ? "" : acceptLanguage;
        ChromeDriver idle = IDLE.computeIfAbsent(language, any -> new ConcurrentLinkedDeque<>()).poll();
        if (idle != null) {
            IN_USE.add(idle);
            return idle;
        }
        ChromeDriver started = launch(acceptLanguage);
        STARTED.put(started, new Started(language, started.getWindowHandle()));
        IN_USE.add(started);
        return started;
    }

    /**
     * Hands a browser back for the next test, emptied as a new person's would be: one window, on a
     * blank page, at its first size and not as a phone, without cookies, storage or console messages.
     * The HTTP cache stays: pages are never stored, so it holds static resources only, never anyone's
     * session. A browser that cannot be emptied is closed instead.
     */
    static void release(ChromeDriver browser) {
        if (!IN_USE.remove(browser)) {
            return; // handed back already
        }
        Started started = STARTED.get(browser);
        try {
            String first = started.firstWindow();
            for (String other : browser.getWindowHandles()) {
                if (!other.equals(first)) {
                    browser.switchTo().window(other).close();
                }
            }
            browser.switchTo().window(first);
            browser.executeScript("try { sessionStorage.clear(); localStorage.clear(); } catch (e) { /* none here */ }");
            browser.get("about:blank");
            browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            URI application = URI.create(Api.baseUrl());
            browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    application.getScheme() + "://" + application.getAuthority(), "storageTypes", "all"));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.manage().window().setSize(WINDOW);
            browser.manage().logs().get(LogType.BROWSER); // read, and so emptied
        } catch (RuntimeException broken) {
            quit(browser);
            return;
        }
        IDLE.get(started.language()).push(browser);
    }

    private static void quit(ChromeDriver browser) {
        STARTED.remove(browser);
        try {
            browser.quit();
        } catch (WebDriverException alreadyGone) {
            // nothing more to close
        }
    }

    /**
     * Starts Chromium. The language is told three ways, since headless builds differ in which they
     * honour: its UI language, its accept-languages preference, and the emulated Accept-Language header.
     */
    private static ChromeDriver launch(String acceptLanguage) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--no-first-run", "--disable-sync", "--disable-component-update",
                    "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                    "--user-data-dir=" + Files.createTempDirectory("welcoming-chromium"));
            // No form entries or passwords remembered, so a browser handed on keeps nothing typed into it.
            Map<String, Object> prefs = new HashMap<>(Map.of("autofill.profile_enabled", false,
                    "autofill.credit_card_enabled", false, "credentials_enable_service", false,
                    "profile.password_manager_enabled", false));
            if (acceptLanguage != null) {
                options.addArguments("--lang=" + acceptLanguage);
                prefs.put("intl.accept_languages", acceptLanguage);
            }
            options.setExperimentalOption("prefs", prefs);
            // The console log, where Chromium reports Content-Security-Policy violations.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            if (acceptLanguage != null) {
                driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent",
                        driver.executeScript("return navigator.userAgent"), "acceptLanguage", acceptLanguage));
            }
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create a Chromium profile folder", e);
        }
    }

    /** Keeps a screenshot of how the test left the page, then hands the browser back. */
    static void releaseWithScreenshot(ChromeDriver driver, String prefix) throws java.io.IOException {
        try {
            Path folder = Files.createDirectories(screenshotsFolder());
            Files.write(folder.resolve(prefix + "-" + System.nanoTime() + ".png"),
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } finally {
            release(driver);
        }
    }

    /** Signs in with the crew's password: see {@link #signIn(ChromeDriver, String, String)}. */
    static void signIn(ChromeDriver browser, String username) {
        signIn(browser, username, Api.DEMO_PASSWORD);
    }

    /**
     * The browser tests' one way of signing in: on the log-on page, opened by its address (a person
     * still signed in would be sent on from the start page), waiting for the page that answers;
     * both pages are checked with axe-core.
     */
    static void signIn(ChromeDriver browser, String username, String password) {
        browser.get(Api.baseUrl() + "login.xhtml");
        Accessibility.check(browser);
        submitLogOn(browser, username, password);
    }

    /**
     * Fills in the log-on form of the page shown and sends it, waiting for the page that answers: the
     * next one, or the log-on page again with its error. That page is checked with axe-core.
     */
    static void submitLogOn(ChromeDriver browser, String username, String password) {
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        clickAndWait(browser, "login:submit");
    }

    /**
     * Clicks a link or submit button and waits for the next page (the old one may have elements with the
     * same ids), then checks the new page with axe-core.
     */
    static void clickAndWait(ChromeDriver browser, String id) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(id)).click();
        waitUntilGone(browser, page);
        Accessibility.check(browser);
    }

    /**
     * Waits until the element with {@code id} shows {@code text}. The page may be replaced while it
     * is read (after a submit or an ajax update): such a read counts as "not yet", not as a failure.
     * Returns the whole text shown.
     */
    static String waitForText(ChromeDriver browser, String id, String text, Duration timeout) {
        return waitUpTo(browser, timeout).until(driver -> {
            try {
                String shown = driver.findElement(By.id(id)).getText();
                return shown.contains(text) ? shown : null;
            } catch (StaleElementReferenceException replaced) {
                return null;
            } catch (WebDriverException during) {
                if (replacing(during)) {
                    return null;
                }
                throw during;
            }
        });
    }

    /** A wait of up to {@code timeout} that looks again every {@link #POLL}: the browser tests' only kind. */
    static WebDriverWait waitUpTo(WebDriver browser, Duration timeout) {
        return new WebDriverWait(browser, timeout, POLL);
    }

    /** Whether nothing on the page as it is now matches. */
    static boolean absent(ChromeDriver browser, By what) {
        return browser.findElements(what).isEmpty();
    }

    /**
     * Waits until the next page has replaced the one {@code old} belongs to; every caller then checks
     * it with {@link Accessibility#check}, which waits for it to finish loading.
     */
    static void waitUntilGone(ChromeDriver browser, WebElement old) {
        waitUpTo(browser, PAGE_WAIT).until(driver -> gone(old));
    }

    /**
     * Whether the page of {@code old} is gone. While the next page replaces it, chromedriver may
     * answer "does not belong to the document" instead of a stale reference: the same news.
     */
    private static boolean gone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException during) {
            if (replacing(during)) {
                return true;
            }
            throw during;
        }
    }

    /** chromedriver's answer for an element read while its page is being replaced. */
    private static boolean replacing(WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Shows pages as a phone 390 px wide and 844 px high would (an iPhone 12 to 15), with its viewport rules. */
    static void asPhone(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the window's own size after {@link #asPhone}. */
    static void asDesktop(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    static Path screenshotsFolder() {
        return Path.of("target", "screenshots");
    }
}
