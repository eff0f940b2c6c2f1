package org.welcomingcity.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium with the system's chromedriver (Debian's chromium and chromium-driver
 * packages), so Selenium never tries to download a browser or a driver.
 */
final class Browser {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--no-first-run", "--disable-sync", "--disable-component-update",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("welcoming-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create a Chromium profile folder", e);
        }
    }

    /** Keeps a screenshot of how the test left the page, then closes the browser. */
    static void closeWithScreenshot(ChromeDriver driver, String prefix) throws java.io.IOException {
        try {
            Path folder = Files.createDirectories(screenshotsFolder());
            Files.write(folder.resolve(prefix + "-" + System.nanoTime() + ".png"),
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } finally {
            driver.quit();
        }
    }

    static Path screenshotsFolder() {
        return Path.of("target", "screenshots");
    }
}
