package org.welcomingcity.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks of the page a browser test has in front of it, at whatever width the browser has:
 * axe-core, where any serious or critical violation fails the test naming the page, the rule and
 * the elements; and reflow (WCAG 1.4.10), where a page wider than the window fails naming what
 * sticks out. The axe script comes from a test dependency and is handed to the page by the driver,
 * so the application never ships it and its Content-Security-Policy stays as it is.
 */
final class Accessibility {

    /** axe-core as Deque publishes it in its Selenium binding on Maven Central. */
    private static final String AXE = load("/axe.min.js");

    /**
     * Every rule axe has, the violations of the two worst impacts kept. A rule whose own impact and
     * every check's are moderate or minor can never report one of those, so it is not run (29 of the
     * 104 rules of axe 4.11, the costly "region" among them); where axe's rule list cannot be read,
     * all run. Frames are left out: the only one the application shows is a scanned PDF, whose
     * viewer is Chromium's, not the application's.
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const mild = impact => impact === 'moderate' || impact === 'minor';
            const checks = (axe._audit && axe._audit.data && axe._audit.data.checks) || {};
            const rules = {};
            for (const rule of (axe._audit && axe._audit.rules) || []) {
                const impacts = [...rule.any, ...rule.all, ...rule.none].map(check => (checks[check.id || check] || {}).impact);
                if (mild(rule.impact) && impacts.every(mild)) {
                    rules[rule.id] = {enabled: false};
                }
            }
            axe.run(document, {iframes: false, resultTypes: ['violations'], rules})
                .then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({rule: v.id, impact: v.impact, help: v.help,
                        where: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160))}))))
                .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), where: []}]));
            """;

    /** The elements whose right edge lies past the window, innermost first, when the page is wider than it. */
    private static final String WIDER = """
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return [];
            return [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                .filter(e => { // content scrolled or clipped inside a box of its own does not widen the page
                    for (let box = e.parentElement; box; box = box.parentElement) {
                        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(box).overflowX)) return false;
                    }
                    return true;
                })
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > root.clientWidth + 1))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                    ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                    + ' reaches ' + Math.round(e.getBoundingClientRect().right) + ' px');
            """;

    /**
     * What a page is made of, without its words: the address's path, the window's width, and every
     * element's tag, id, classes, role, ARIA state and whether it holds any text. Two visits with the
     * same shape differ only in their text (another request's reference, another name), which none of
     * the serious or critical rules judge beyond its presence.
     */
    private static final String SHAPE = """
            return location.pathname + '|' + window.innerWidth + '|' + [...document.querySelectorAll('*')].map(e =>
                e.tagName + '#' + e.id + '.' + (typeof e.className === 'string' ? e.className : '')
                + '[' + (e.getAttribute('role') || '') + (e.getAttribute('aria-invalid') || '')
                + (e.getAttribute('aria-hidden') || '') + (e.getAttribute('aria-expanded') || '')
                + (e.textContent.trim() ? 't' : '') + ']').join(',');
            """;

    /** The shapes axe-core has passed in this run: a page seen again in the same shape is not judged again. */
    private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

    private Accessibility() {
    }

    /**
     * Checks the page once it has loaded: no sideways scrolling, no serious or critical axe-core
     * violation. axe-core judges each shape of page once a run ({@link #SHAPE}); the reflow check runs every time.
     */
    static void check(ChromeDriver browser) {
        Browser.waitUpTo(browser, Duration.ofSeconds(30))
                .until(driver -> "complete".equals(browser.executeScript("return document.readyState;")));
        List<String> problems = new ArrayList<>();
        List<?> wider = (List<?>) browser.executeScript(WIDER);
        if (!wider.isEmpty()) {
            problems.add("- the page scrolls sideways: " + browser.executeScript("return document.documentElement.scrollWidth;")
                    + " px wide in a window of " + browser.executeScript("return document.documentElement.clientWidth;")
                    + " px; " + wider);
        }
        String shape = (String) browser.executeScript(SHAPE);
        if (!PASSED.contains(shape)) {
            if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
                browser.executeScript(AXE);
            }
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(RUN);
            violations.stream().map(Accessibility::describe).forEach(problems::add);
            if (violations.isEmpty()) {
                PASSED.add(shape);
            }
        }
        if (!problems.isEmpty()) {
            String report = browser.getCurrentUrl() + " fails its accessibility check:\n" + String.join("\n", problems);
            throw new AssertionError(report);
        }
    }

    private static String describe(Map<String, Object> violation) {
        return "- axe-core " + violation.get("rule") + " (" + violation.get("impact") + "): " + violation.get("help")
                + ((List<?>) violation.get("where")).stream().map(where -> "\n    " + where).collect(Collectors.joining());
    }

    private static String load(String resource) {
        try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the axe-core test dependency provides it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }
}
