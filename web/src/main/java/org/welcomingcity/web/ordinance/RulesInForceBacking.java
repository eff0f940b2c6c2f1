package org.welcomingcity.web.ordinance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * law/rules.xhtml: every pack in force on a date, whatever the custody, so a lawyer sees the
 * County-only pack too (the page says which custody each pack covers).
 */
@Named
@ViewScoped
public class RulesInForceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ordinance ordinance;

    @Inject
    CityZone city;

    private LocalDate date;

    /** Today in the city, once the setting can be read. */
    @PostConstruct
    void startOnToday() {
        date = city.today();
    }

    /** Worked out on every render: a handful of packs, and nothing to keep in the session. */
    public List<RulePack> getPacks() {
        return ordinance.packs().stream().filter(pack -> pack.inForceOn(date)).toList();
    }

    public void show() {
        if (getPacks().isEmpty()) {
            PageMessages.error("rules:date", "law.rules.none", date);
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
