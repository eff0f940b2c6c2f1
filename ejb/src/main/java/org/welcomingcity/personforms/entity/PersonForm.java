package org.welcomingcity.personforms.entity;

import java.util.Arrays;
import java.util.Optional;

/** The forms given to the person: the notice of their rights and the written-consent form. */
public enum PersonForm {
    NOTICE,
    CONSENT;

    /** As it appears in addresses and bundle keys: "notice", "consent". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<PersonForm> keyed(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
