package org.welcomingcity.web.language;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.welcomingcity.web.guard.ForwardedTransport;

/**
 * The language switch: {@code /language?to=es} remembers the choice and sends the browser back to
 * the page it came from. A plain link and a cookie, not a form: the log-on page, which keeps no
 * session, offers it too. Anyone may call it; a language it does not know changes nothing.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ForwardedTransport transport;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        Language.named(request.getParameter("to")).ifPresent(language -> response.addHeader("Set-Cookie",
                LanguageCookie.header(language, request.getContextPath(), transport.secure(request))));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location",
                ReturnPath.of(request.getHeader("Referer"), request.getHeader("Host"), request.getContextPath()));
    }
}
