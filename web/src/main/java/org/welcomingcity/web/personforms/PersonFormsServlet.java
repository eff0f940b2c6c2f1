package org.welcomingcity.web.personforms;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.welcomingcity.personforms.boundary.PersonForms;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.personforms.entity.PersonForm;

/**
 * The person's forms as PDF, for everyone who works requests ({@code /requests/*} is theirs):
 * {@code /requests/person-forms/{notice|consent}/{language tag}}. Anything else is "not found".
 */
@WebServlet(PersonFormsServlet.PATH + "*")
public class PersonFormsServlet extends HttpServlet {

    static final String PATH = "/requests/person-forms/";
    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("/([a-z]{1,16})/([a-z]{2})");

    @EJB
    transient PersonForms forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = FORM.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<PersonForm> form = path.matches() ? PersonForm.keyed(path.group(1)) : Optional.empty();
        // two lower-case letters can name a language only by its tag
        Optional<FormLanguage> language = path.matches() ? FormLanguage.named(path.group(2)) : Optional.empty();
        if (form.isEmpty() || language.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = forms.pdf(form.get(), language.get());
        String name = form.get().key() + "-" + language.get().tag() + "-" + forms.version(language.get()) + ".pdf";
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // asked again each time: a browser's copy of an older wording must not be printed
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(pdf);
    }

    /** The address of a form, below the context root. */
    static String address(PersonForm form, FormLanguage language) {
        return PATH + form.key() + "/" + language.tag();
    }
}
