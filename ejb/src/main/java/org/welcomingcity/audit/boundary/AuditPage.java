package org.welcomingcity.audit.boundary;

import java.util.List;

/** One page of a search, newest first, with the number of all matching events. */
public record AuditPage(List<AuditEventView> events, long total, int page, int size) {
}
