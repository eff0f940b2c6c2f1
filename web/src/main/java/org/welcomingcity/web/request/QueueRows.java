package org.welcomingcity.web.request;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The rows of a work queue's table, written in one pass. In the page's markup each of the 25
 * rows asked the expression language for its seven cells and their seven column names again; here
 * the column names are looked up once a table. The markup is the same as the page's own was: each
 * cell carries its column's name for the phone layout, overdue is said in words, and every text
 * and attribute is escaped by the response writer.
 * <p>
 * On a page: {@code <q:rows queue="#{queue}"/>} with {@code xmlns:q="welcoming.queue"}, inside
 * the table's {@code tbody}.
 */
@FacesComponent(createTag = true, tagName = "rows", namespace = QueueRows.NAMESPACE)
public class QueueRows extends UIComponentBase {

    static final String NAMESPACE = "welcoming.queue";
    private static final String BUNDLE = "msg";

    @Override
    public String getFamily() {
        return "org.welcomingcity.queue";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        super.encodeBegin(context); // as any component: pushed to the expression language, its pre-render event
        QueueTable queue = (QueueTable) getAttributes().get("queue");
        Messages msg = new Messages(context.getApplication().getResourceBundle(context, BUNDLE));
        String reference = msg.get("review.list.reference");
        String state = msg.get("review.list.state");
        String outcome = msg.get("review.list.outcome");
        String document = msg.get("review.list.document");
        String received = msg.get("review.list.received");
        String submittedBy = msg.get("review.list.submittedBy");
        String due = msg.get("review.list.due");
        String overdue = msg.get("review.overdue");
        ResponseWriter out = context.getResponseWriter();
        for (QueueLine line : queue.getLines()) {
            out.startElement("tr", this);
            out.writeAttribute("class", line.isOverdue() ? "row--overdue" : "row", null);
            open(out, reference);
            out.startElement("a", this);
            out.writeAttribute("href", line.getHref(), null);
            out.writeAttribute("class", "request-link", null);
            text(out, line.getReference());
            out.endElement("a");
            out.endElement("td");
            cell(out, state, msg.get(line.getStateKey()));
            cell(out, outcome, line.getOutcomeKey() == null ? "" : msg.get(line.getOutcomeKey()));
            cell(out, document, msg.get(line.getDocumentKey()));
            cell(out, received, line.getReceived());
            cell(out, submittedBy, line.getSubmittedBy());
            open(out, due);
            text(out, line.getDue());
            if (line.isOverdue()) {
                out.writeText(" ", null);
                out.startElement("strong", this);
                out.writeAttribute("class", "tag tag--overdue", null);
                out.writeText(overdue, null);
                out.endElement("strong");
            }
            out.endElement("td");
            out.endElement("tr");
        }
    }

    private void open(ResponseWriter out, String column) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("data-label", column, null);
    }

    private void cell(ResponseWriter out, String column, String text) throws IOException {
        open(out, column);
        text(out, text);
        out.endElement("td");
    }

    /** Escaped; nothing for null, as the expression language writes it. */
    private static void text(ResponseWriter out, String text) throws IOException {
        if (text != null) {
            out.writeText(text, null);
        }
    }

    /** The page's messages in the view's language; a missing key shows as Faces shows it, not as a failure. */
    private record Messages(ResourceBundle bundle) {
        String get(String key) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException missing) {
                return "???" + key + "???";
            }
        }
    }
}
