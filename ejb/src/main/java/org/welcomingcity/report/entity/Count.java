package org.welcomingcity.report.entity;

/** How many requests share one value: a month (yyyy-mm), an agency, a document type, an ask or an outcome. */
public record Count(String key, long count) {
}
