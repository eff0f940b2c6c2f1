package org.welcomingcity.web.guard;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.welcomingcity.web.language.Language;
import org.welcomingcity.web.operations.HealthAnswers;

/**
 * Answers requests from one address that nobody has signed in to at a bounded rate
 * ({@code welcoming.security.anonymous.*}), so that a flood of log-on page views cannot take the
 * server's processors from the people signed in. Past the allowance a request is answered 429 with
 * {@code Retry-After}, after being held a second without a thread: a client that keeps its
 * connections busy then asks at a slow pace instead of at the server's full speed. The balancer's
 * health checks are never held, and neither are the pages' style sheets, scripts and fonts: they
 * cost a fraction of a page, carry versioned names that browsers keep, and a log-on in a fresh
 * browser needs a dozen of them, so that counting them would leave people behind one address few
 * log-ons. A flood of cheap requests is the balancer's to stop, as is one of API calls without credentials.
 */
public class AnonymousRateFilter extends HttpFilter {

    private static final long HOLD_MILLIS = 1_000;
    /** Held answers are small, but not free: past this many, refusals are sent at once. */
    private static final int MAX_HELD = 1_000;
    private static final Set<String> NEVER_HELD = Set.of(HealthAnswers.READY, HealthAnswers.LIVE);
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final String MESSAGES = "org.welcomingcity.web.i18n.messages";
    private static final Logger LOG = Logger.getLogger(AnonymousRateFilter.class.getName());

    @Inject
    ClientAllowance allowance;

    @Inject
    AllowanceTaken taken;

    @Inject
    ForwardedTransport transport;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicInteger held = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null || NEVER_HELD.contains(request.getServletPath())
                || request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)) {
            chain.doFilter(request, response);
            return;
        }
        String client = transport.clientAddress(request);
        long retryAfter = allowance.take(client);
        if (retryAfter == 0) {
            taken.mark();
            chain.doFilter(request, response);
            return;
        }
        noteRefusal(client);
        if (hasBody(request)) {
            response.setHeader("Connection", "close"); // its body is never read: the connection goes with the answer
        }
        Language language = Language.ofRequest(request);
        if (!hold(request, response, retryAfter, language)) {
            tooMany(response, retryAfter, language);
        }
    }

    /** Answers later from the scheduler, holding no thread; false when it cannot be held. */
    private boolean hold(HttpServletRequest request, HttpServletResponse response, long retryAfter,
            Language language) {
        if (!request.isAsyncSupported()) {
            return false;
        }
        if (held.incrementAndGet() > MAX_HELD) {
            held.decrementAndGet();
            return false;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(HOLD_MILLIS * 10);
        try {
            scheduler.schedule(() -> answerHeld(async, retryAfter, language), HOLD_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            answerHeld(async, retryAfter, language);
        }
        return true;
    }

    private void answerHeld(AsyncContext async, long retryAfter, Language language) {
        try {
            tooMany((HttpServletResponse) async.getResponse(), retryAfter, language);
        } catch (IOException | IllegalStateException clientGone) {
            LOG.log(Level.FINE, "A held anonymous request could not be answered", clientGone);
        } finally {
            held.decrementAndGet();
            try {
                async.complete();
            } catch (IllegalStateException alreadyEnded) {
                LOG.log(Level.FINE, "A held anonymous request had ended", alreadyEnded);
            }
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** A short plain answer in the visitor's language: no page to render, nothing kept. */
    private static void tooMany(HttpServletResponse response, long retryAfterSeconds, Language language)
            throws IOException {
        ClientAllowance.refuse(response, retryAfterSeconds);
        response.setHeader("Content-Language", language.tag());
        response.setContentType("text/plain;charset=UTF-8");
        String text = ResourceBundle.getBundle(MESSAGES, language.locale()).getString("anonymous.tooMany");
        response.getWriter().write(new MessageFormat(text, language.locale()).format(new Object[] {retryAfterSeconds})
                + "\n");
    }

    /** A line a minute at most, so that a flood does not fill the log as well. */
    private void noteRefusal(String client) {
        long count = refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warning(() -> "Anonymous requests over the allowance (" + allowance.describe()
                    + ") answered 429: " + count + " since start-up, the latest from " + client);
        }
    }
}
