package org.welcomingcity.web.security.provider;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where the provider sends the browser back; by the time this runs the mechanism has signed
 * the person in. It answers with a page that moves on by itself instead of an HTTP redirect:
 * a redirect would still count as the provider's cross-site navigation, and the browser
 * would leave out the SameSite=Strict session cookie on the way to the home page.
 */
@WebServlet(ProviderSignIn.CALLBACK)
public class SignedInPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRemoteUser() == null) {
            response.sendRedirect(request.getContextPath() + ProviderSignIn.FAILED_PAGE);
            return;
        }
        request.changeSessionId(); // a session id seen before log-on is worthless after it
        String home = request.getContextPath() + "/index.xhtml";
        Locale locale = request.getLocale();
        String text = ResourceBundle.getBundle("org.welcomingcity.web.i18n.messages", locale).getString("login.continue");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + home + "\"><title>" + text + "</title></head>"
                + "<body><p><a id=\"continue\" href=\"" + home + "\">" + text + "</a></p></body></html>");
    }
}
