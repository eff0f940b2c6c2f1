package org.welcomingcity.web.ordinance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.control.NoPackInForceException;
import org.welcomingcity.ordinance.entity.Decision;

/** law/evaluate.xhtml: what the law says about one ask on one date. */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ordinance ordinance;

    private final FactsForm facts = new FactsForm();
    @Inject
    CityZone city;

    private LocalDate eventDate;

    /** Today in the city, once the setting can be read. */
    @PostConstruct
    void startOnToday() {
        eventDate = city.today();
    }
    // A result, not state: the facts above are enough to work it out again.
    private transient Decision decision;

    public void evaluate() {
        decision = null;
        try {
            decision = ordinance.evaluate(facts.on(eventDate));
        } catch (NoPackInForceException e) {
            PageMessages.error("facts:eventDate", "law.noPackInForce", e.eventDate());
        }
    }

    public FactsForm getFacts() {
        return facts;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public Decision getDecision() {
        return decision;
    }
}
