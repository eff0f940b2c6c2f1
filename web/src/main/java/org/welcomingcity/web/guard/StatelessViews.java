package org.welcomingcity.web.guard;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The pages anyone can reach without signing in keep no state on the server, so a flood of
 * anonymous views costs no HTTP session and no heap. The work lists keep none either: they are
 * paged, sorted and filtered by their address, and post nothing back of their own (the header's
 * sign-out form is rebuilt like any other). The views are marked transient when they
 * are created, before any phase listener runs: PrimeFaces keeps its script nonce in the view
 * map, which Faces stores in the session unless the view is transient. The log-on form stays
 * safe from cross-site posts through {@link CrossSiteRequestFilter}, not through a view state.
 * The layout marks the same views transient again when a post back rebuilds them.
 */
public class StatelessViews extends ViewHandlerWrapper {

    static final Set<String> VIEWS = Set.of("/login.xhtml", "/WEB-INF/errors/not-found.xhtml",
            "/WEB-INF/errors/failure.xhtml", "/officer/requests.xhtml", "/supervisor/queue.xhtml",
            "/legal/queue.xhtml", "/auditor/requests.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (VIEWS.contains(view.getViewId())) {
            view.setTransient(true);
        }
        return view;
    }

    /** The same list for the layout, which marks the views transient when a post back rebuilds them. */
    @Named("statelessViews")
    @ApplicationScoped
    public static class Listed {
        public boolean contains(String viewId) {
            return viewId != null && VIEWS.contains(viewId);
        }
    }
}
