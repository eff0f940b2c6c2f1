package org.welcomingcity.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser: it keeps the session cookie, signs in through the
 * log-on form and posts Faces forms with whatever view state, nonce and headers a test chooses.
 * In CSP mode PrimeFaces' script adds the page's nonce to every form it submits, and the
 * page fails to render after a post without it.
 */
final class PageSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private String home;

    static PageSession signedInAs(String username) {
        PageSession session = signedIn(username, Api.DEMO_PASSWORD);
        if (!session.home.endsWith("/" + username + "/index.xhtml")) {
            throw new IllegalStateException(username + " could not sign in: ended at " + session.home);
        }
        return session;
    }

    /** Signed in through the log-on form as any account whose password needs no change. */
    static PageSession signedIn(String username, String password) {
        PageSession session = new PageSession();
        Map<String, String> fields = form("login", "submit", session.get("login.xhtml"));
        fields.put("login:username", username);
        fields.put("login:password", password);
        session.home = session.post("login.xhtml", fields, Map.of()).uri().getPath();
        if (!session.home.endsWith("/index.xhtml")) {
            throw new IllegalStateException(username + " could not sign in: ended at " + session.home);
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).GET());
    }

    /**
     * A GET over HTTP/1.1, for an address a fuzzer made: over HTTP/2 one address of some kilobytes
     * leaves the server's HTTP/2 layer answering 431 to other clients (docs/benchmarks/fuzz.md).
     */
    HttpResponse<String> getOverHttp11(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).version(HttpClient.Version.HTTP_1_1).GET());
    }

    /** An address anywhere on the server, outside the application too. */
    static HttpResponse<String> getAbsolute(URI address) {
        return new PageSession().send(HttpRequest.newBuilder(address).GET());
    }

    /** Posts a form as a browser would, with extra headers such as Origin. */
    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * Posts fields as they are, in order, a name twice if it comes twice: URL-encoded, or as
     * multipart/form-data (the encoding of a form with a file input, whose empty file parts
     * are named in {@code files}).
     */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, boolean multipart, Set<String> files) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path));
        if (multipart) {
            String boundary = "----fuzz" + Long.toHexString(System.nanoTime());
            StringBuilder body = new StringBuilder();
            fields.forEach(e -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(partName(e.getKey())).append("\"\r\n\r\n").append(e.getValue()).append("\r\n"));
            files.forEach(name -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(name).append("\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"));
            body.append("--").append(boundary).append("--\r\n");
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        }
        return send(request);
    }

    /** A field's name in a part's header, escaped as browsers do (HTML's multipart/form-data encoding). */
    private static String partName(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    /** The fields of a form on this page with one button, as PrimeFaces in a browser submits them. */
    static Map<String, String> form(String form, String button, HttpResponse<String> page) {
        return form(form, button, find(VIEW_STATE, page), find(NONCE, page));
    }

    /** The same with a view state and CSP nonce of the test's choosing; null leaves one out. */
    static Map<String, String> form(String form, String button, String viewState, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":" + button, "");
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            fields.put("primefaces.nonce", nonce);
        }
        return fields;
    }

    static String nonce(HttpResponse<String> page) {
        return find(NONCE, page);
    }

    private static String find(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " on " + page.uri());
        }
        return matcher.group(1);
    }

    private static String encode(Map<String, String> fields) {
        return encode(List.copyOf(fields.entrySet()));
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
