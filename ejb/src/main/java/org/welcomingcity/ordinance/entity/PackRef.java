package org.welcomingcity.ordinance.entity;

/** Which pack, in which revision, took part in a decision: enough to re-run it later. */
public record PackRef(String id, String version) {

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
