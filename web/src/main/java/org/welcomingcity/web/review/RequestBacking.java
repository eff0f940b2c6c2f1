package org.welcomingcity.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.problem.OutOfScopeException;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.request.boundary.RequestView.AnswerView;
import org.welcomingcity.request.boundary.RequestView.DecisionView;
import org.welcomingcity.request.boundary.RequestView;
import org.welcomingcity.request.boundary.Requests;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.review.boundary.RequestSteps;
import org.welcomingcity.review.control.AskReview;
import org.welcomingcity.review.control.ReviewSettings;
import org.welcomingcity.review.entity.WorkflowStep;
import org.welcomingcity.web.page.DoneNotice;
import org.welcomingcity.web.page.FieldErrors;
import org.welcomingcity.web.page.PageText;

/**
 * requests/request.xhtml: one request for every role, with the steps this person may take
 * now. Each step carries the version the person saw, so acting on a stale page is refused
 * and said plainly instead of overriding what someone else did.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Requests requests;

    @EJB
    RequestSteps steps;

    @Inject
    ReviewSettings settings;

    private String id;
    private long seenVersion;
    private boolean missing;
    private StepForm step = new StepForm();
    // What the person sees, reloaded when needed; the id and version above are the state.
    private transient RequestView view;

    public void load() {
        try {
            show(requests.find(Long.parseLong(id == null ? "" : id.trim())));
        } catch (NotFoundException | NumberFormatException e) {
            missing = true;
            Faces.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void show(RequestView current) {
        view = current;
        seenVersion = current.version();
        step = StepForm.of(current, settings.zone());
    }

    public String take(String path) {
        WorkflowStep chosen = WorkflowStep.ofPath(path).orElseThrow();
        try {
            steps.take(view().id(), chosen, step.input(chosen, seenVersion));
            return DoneNotice.redirect("/requests/request?faces-redirect=true&id=" + view().id(), "done.step." + path);
        } catch (OutOfScopeException e) { // the law's period: a matter of the document's classification
            FieldErrors.show(path, List.of(new FieldProblem("documentType", e.getMessage())));
        } catch (ConflictException e) {
            conflict(e);
        }
        return null;
    }

    /** A lost race is told in plain words and the page shows the request as it now stands. */
    private void conflict(ConflictException e) {
        RequestView now = requests.find(view().id());
        if (now.version() == seenVersion) {
            Messages.addGlobalError(e.getMessage());
            return;
        }
        Messages.addGlobalError(PageText.of("review.conflict.stale", PageText.of("review.state." + now.state())));
        show(now);
    }

    private RequestView view() {
        if (view == null) {
            view = requests.find(Long.parseLong(id));
        }
        return view;
    }

    public boolean may(String path) {
        return !missing && view().nextSteps().contains(path);
    }

    /** Decisions per round: the intake's, then each reclassification or correction. */
    public List<Map.Entry<Integer, List<DecisionView>>> getRounds() {
        Map<Integer, List<DecisionView>> rounds = new TreeMap<>();
        view().decisions().forEach(d -> rounds.computeIfAbsent(d.round(), r -> new ArrayList<>()).add(d));
        return List.copyOf(rounds.entrySet());
    }

    public Headline getHeadline() {
        return Headline.of(view());
    }

    /** Asks legal may approve now: those waiting for it. */
    public List<String> getAsksWithLegal() {
        return view().answers().stream().filter(a -> a.answer() == Answer.WITH_LEGAL).map(AnswerView::action).toList();
    }

    /** Whether an ask waiting for legal releases information, so that legal names the items it may release. */
    public boolean isReleaseAsked() {
        return view().answers().stream().anyMatch(a -> a.answer() == Answer.WITH_LEGAL && a.disclosure());
    }

    /** Whether escalating would also permit asks on a court's paper, which needs the judicial checklist. */
    public boolean isEscalationPermits() {
        List<AnswerView> open = view().answers().stream().filter(a -> a.answer() == Answer.OPEN).toList();
        return view().intake().anyJudicial() && open.stream().anyMatch(a -> a.outcome() == Outcome.LEGAL)
                && open.stream().anyMatch(a -> AskReview.supervisorMayPermit(a.outcome()));
    }

    public RequestView getView() { return missing ? null : view(); }
    public boolean isMissing() { return missing; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public StepForm getStep() { return step; }
}
