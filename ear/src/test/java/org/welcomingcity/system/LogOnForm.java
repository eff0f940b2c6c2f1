package org.welcomingcity.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log-on form as a browser sends it, for tests that sign in without a browser: the page keeps
 * no view state, and PrimeFaces sends back the script nonce the page was rendered with.
 */
final class LogOnForm {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private LogOnForm() {
    }

    /** The form body for the log-on page whose HTML is {@code page}. */
    static String filledIn(String page, String username, String password) {
        Matcher nonce = NONCE.matcher(page);
        if (!nonce.find()) {
            throw new AssertionError("The log-on page carries no script nonce:\n" + page);
        }
        return "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=stateless&primefaces.nonce=" + encode(nonce.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
