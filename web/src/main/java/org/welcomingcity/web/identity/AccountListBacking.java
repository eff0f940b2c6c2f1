package org.welcomingcity.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import org.welcomingcity.identity.boundary.AccountDirectory;
import org.welcomingcity.identity.boundary.AccountSummary;
import org.welcomingcity.operations.CityZone;

/** The administrator's list of accounts, with a filter and the annual review download. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    @EJB
    AccountDirectory directory;

    @Inject
    CityZone city;

    private String filter;
    private List<AccountSummary> accounts;

    @PostConstruct
    void showAll() {
        find();
    }

    public void find() {
        accounts = directory.list(filter);
    }

    public void downloadReview() throws IOException {
        byte[] csv = AccountReviewCsv.of(directory.review()).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(csv, "account-review-" + city.today() + ".csv", true);
    }

    public List<AccountSummary> getAccounts() {
        return accounts;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
