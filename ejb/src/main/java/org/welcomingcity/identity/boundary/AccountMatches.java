package org.welcomingcity.identity.boundary;

import java.util.List;

/** The accounts a search shows, by user name, and how many it matched in all. */
public record AccountMatches(List<AccountSummary> accounts, long total) {

    public AccountMatches {
        accounts = List.copyOf(accounts);
    }

    /** Whether more accounts matched than are shown. */
    public boolean more() {
        return total > accounts.size();
    }
}
