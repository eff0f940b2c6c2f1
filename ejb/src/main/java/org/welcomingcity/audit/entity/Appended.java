package org.welcomingcity.audit.entity;

/** Where an event went: its sequence in the chain and its hash, which the next event links to. */
public record Appended(long sequence, String hash) {
}
