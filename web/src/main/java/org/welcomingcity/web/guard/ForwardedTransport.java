package org.welcomingcity.web.guard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a request reached the city over TLS, and from which client. Behind the city's TLS proxy
 * the server sees plain HTTP; the proxy says the scheme in {@code Forwarded: proto=https} or
 * {@code X-Forwarded-Proto: https}, and only the proxies named in
 * {@code welcoming.security.trusted-proxies} are believed (by default none): anyone else could
 * send the header. So is the client's address they pass on. Such a request gets HSTS and a Secure
 * session cookie as one that arrived over TLS directly. A wrong setting stops the deployment.
 */
@ApplicationScoped
public class ForwardedTransport {

    @Inject
    @ConfigProperty(name = TrustedProxies.KEY)
    Optional<String> trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void read() {
        proxies = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        secure(null); // resolves the proxy, which reads and checks the setting
    }

    /** Over TLS to this server, or to a trusted proxy that says so. */
    public boolean secure(HttpServletRequest request) {
        if (request == null) {
            return false;
        }
        return request.isSecure()
                || proxies.trusts(request.getRemoteAddr()) && "https".equals(forwardedProto(request));
    }

    /**
     * The client's address: behind a trusted proxy the last value of {@code X-Forwarded-For}, which
     * the proxy appends (the city's balancer first drops whatever the client sent), otherwise (or
     * when that value is not an address) the address of the connection.
     */
    public String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (proxies.trusts(remote)) {
            List<String> forwardedFor = values(request, "X-Forwarded-For");
            if (!forwardedFor.isEmpty()) {
                return addressOnly(forwardedFor.get(forwardedFor.size() - 1)).orElse(remote);
            }
        }
        return remote;
    }

    /**
     * The address in a forwarded value, in its usual form, without the port some proxies add
     * ({@code 192.0.2.7:5123}, {@code [2001:db8::7]:5123}); empty for anything that is not an address.
     */
    static Optional<String> addressOnly(String forwarded) {
        String host = forwarded;
        if (host.startsWith("[") && host.indexOf(']') > 0) {
            host = host.substring(1, host.indexOf(']'));
        } else if (host.indexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            host = host.substring(0, host.indexOf(':'));
        }
        byte[] literal = TrustedProxies.literal(host);
        if (literal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(literal).getHostAddress());
        } catch (UnknownHostException cannotBe) {
            return Optional.empty(); // four or sixteen bytes always make an address
        }
    }

    static String forwardedProto(HttpServletRequest request) {
        return forwardedProto(values(request, "Forwarded"), values(request, "X-Forwarded-Proto"));
    }

    /**
     * The scheme the nearest proxy saw: the last element of {@code Forwarded} that names one, else
     * the last value of {@code X-Forwarded-Proto} (a proxy appends to what the client sent).
     */
    static String forwardedProto(List<String> forwardedElements, List<String> forwardedProtos) {
        String proto = null;
        for (String element : forwardedElements) {
            for (String pair : element.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && "proto".equalsIgnoreCase(pair.substring(0, equals).strip())) {
                    proto = pair.substring(equals + 1).strip().replace("\"", "");
                }
            }
        }
        if (proto == null && !forwardedProtos.isEmpty()) {
            proto = forwardedProtos.get(forwardedProtos.size() - 1);
        }
        return proto == null ? null : proto.toLowerCase(Locale.ROOT);
    }

    /** Every comma-separated value of every header of that name, in order. */
    private static List<String> values(HttpServletRequest request, String name) {
        List<String> values = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(name))) {
            for (String value : header.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    /**
     * Marks the cookies set so far Secure. The container decides a session cookie's Secure flag
     * from the connection it sees, which behind a proxy is plain HTTP.
     */
    public static void secureCookies(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        Collection<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().allMatch(ForwardedTransport::isSecure)) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String secured = isSecure(cookie) ? cookie : cookie + "; Secure";
            if (first) {
                response.setHeader("Set-Cookie", secured);
            } else {
                response.addHeader("Set-Cookie", secured);
            }
            first = false;
        }
    }

    private static boolean isSecure(String cookie) {
        for (String attribute : cookie.split(";")) {
            if ("secure".equalsIgnoreCase(attribute.strip())) {
                return true;
            }
        }
        return false;
    }
}
