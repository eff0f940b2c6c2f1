package org.welcomingcity.web.request;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.boundary.RequestDocuments;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.web.page.DoneNotice;
import org.welcomingcity.web.page.PageText;
import org.welcomingcity.web.review.RequestBacking;

/**
 * The request page's "Add a document": a scan that arrives after intake (a second page of the
 * order, a signed consent), added by the submitting officer before review or by the reviewing
 * supervisor. The use case checks the content and who may add, as for the API.
 */
@Named
@ViewScoped
public class DocumentUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RequestDocuments documents;

    @Inject
    RequestBacking request;

    private transient Part document;

    /** Offered to those the use case accepts documents from now, as the request says; it decides again on upload. */
    public boolean isMayAdd() {
        RequestView view = request.getView();
        return view != null && view.mayAttach();
    }

    public String add() {
        long id = request.getView().id();
        Part chosen = ChosenFile.of(document, "upload:file");
        if (ChosenFile.isMissing(chosen)) {
            throw new InvalidInputException("file", PageText.of("review.upload.none"));
        }
        if (chosen.getSize() > documents.maxBytes()) {
            throw new InvalidInputException("file", PageText.of("review.intake.tooLarge", documents.maxBytes()));
        }
        documents.attach(id, chosen.getSubmittedFileName(), ChosenFile.read(chosen));
        return DoneNotice.redirect("/requests/request?faces-redirect=true&id=" + id, "done.upload.added");
    }

    public Part getDocument() { return document; }
    public void setDocument(Part value) { document = value; }
}
