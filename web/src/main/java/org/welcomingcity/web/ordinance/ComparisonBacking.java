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
import org.welcomingcity.ordinance.entity.FiredRule;

/**
 * law/compare.xhtml: the same ask under two dates. The default first date lies before the 2021
 * amendment of the city ordinance, so the page shows at once what the amendment changed.
 */
@Named
@ViewScoped
public class ComparisonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ordinance ordinance;

    private final FactsForm facts = new FactsForm();
    private LocalDate firstDate = LocalDate.of(2020, 6, 1);
    @Inject
    CityZone city;

    private LocalDate secondDate;

    /** Today in the city, once the setting can be read. */
    @PostConstruct
    void startOnToday() {
        secondDate = city.today();
    }
    // Results, not state: the facts and dates are enough to work them out again.
    private transient Decision first;
    private transient Decision second;

    public void compare() {
        first = evaluateOn(firstDate, "compare:firstDate");
        second = evaluateOn(secondDate, "compare:secondDate");
    }

    /** Both dates have a decision, so there is something to compare. */
    public boolean isComplete() {
        return first != null && second != null;
    }

    public boolean isOutcomeChanged() {
        return isComplete() && first.outcome() != second.outcome();
    }

    /** A rule that fired under the first date and not the second, or the other way round. */
    public boolean onlyOneSide(FiredRule rule) {
        return isComplete() && first.rules().contains(rule) != second.rules().contains(rule);
    }

    public long getRulesOnlyFirst() {
        return isComplete() ? first.rules().stream().filter(rule -> !second.rules().contains(rule)).count() : 0;
    }

    public long getRulesOnlySecond() {
        return isComplete() ? second.rules().stream().filter(rule -> !first.rules().contains(rule)).count() : 0;
    }

    private Decision evaluateOn(LocalDate date, String clientId) {
        try {
            return ordinance.evaluate(facts.on(date));
        } catch (NoPackInForceException e) {
            PageMessages.error(clientId, "law.noPackInForce", date);
            return null;
        }
    }

    public FactsForm getFacts() {
        return facts;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public LocalDate getSecondDate() {
        return secondDate;
    }

    public void setSecondDate(LocalDate secondDate) {
        this.secondDate = secondDate;
    }

    public Decision getFirst() {
        return first;
    }

    public Decision getSecond() {
        return second;
    }
}
