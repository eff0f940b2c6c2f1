package org.welcomingcity.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;
import org.welcomingcity.identity.boundary.AccountDirectory;
import org.welcomingcity.identity.boundary.AccountMatches;
import org.welcomingcity.operations.CityZone;

/** The administrator's list of accounts, with a filter and the annual review download. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    @EJB
    AccountDirectory directory;

    @Inject
    CityZone city;

    /** The most accounts the page shows: beyond them the administrator narrows the filter. */
    static final int SHOWN = 100;

    private String filter;
    private AccountMatches matches;

    @PostConstruct
    void showTheFirst() {
        find();
    }

    public void find() {
        matches = directory.list(filter, SHOWN);
    }

    public void downloadReview() throws IOException {
        byte[] csv = AccountReviewCsv.of(directory.review()).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(csv, "account-review-" + city.today() + ".csv", true);
    }

    public AccountMatches getMatches() {
        return matches;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
