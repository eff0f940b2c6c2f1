package org.welcomingcity.request.boundary;

import java.util.List;

/** One page of requests and how many match in all. */
public record RequestPage(List<RequestSummary> items, long total, int page, int size) {

    public RequestPage {
        items = List.copyOf(items);
    }
}
