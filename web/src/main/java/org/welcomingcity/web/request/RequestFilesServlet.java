package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.request.boundary.RequestDocuments;
import org.welcomingcity.request.boundary.StoredFile;

/**
 * The documents of a request for the pages, under the person's own session:
 * {@code /requests/files/{id}/attachments/{attachmentId}} and {@code /requests/files/{id}/letter}.
 * The use case decides who may read them and audits every read; anything else is "not found".
 */
@WebServlet("/requests/files/*")
public class RequestFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ATTACHMENT = Pattern.compile("/(\\d{1,18})/attachments/(\\d{1,18})");
    private static final Pattern LETTER = Pattern.compile("/(\\d{1,18})/letter");

    @EJB
    transient RequestDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher attachment = ATTACHMENT.matcher(path);
        Matcher letter = LETTER.matcher(path);
        try {
            if (attachment.matches()) {
                send(documents.attachment(Long.parseLong(attachment.group(1)), Long.parseLong(attachment.group(2))),
                        response);
            } else if (letter.matches()) {
                send(documents.letter(Long.parseLong(letter.group(1))), response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException | ConflictException absent) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Shown in the browser (legal reads the scan beside the checklist), never cached, never sniffed. */
    private static void send(StoredFile file, HttpServletResponse response) throws IOException {
        byte[] content = file.content();
        String safeName = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setContentType(file.mediaType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + safeName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(content);
    }
}
