package org.welcomingcity.identity.entity;

import java.util.Set;

/** The five roles of the application. The nested names serve {@code @RolesAllowed}. */
public enum Role {
    OFFICER, SUPERVISOR, LEGAL, AUDITOR, ADMIN;

    /**
     * Separation of duties: whoever administers access, or audits, holds no other role, so an
     * administrator never approves or signs off and an auditor stays read-only.
     */
    public static boolean separated(Set<Role> roles) {
        boolean standsAlone = roles.contains(ADMIN) || roles.contains(AUDITOR);
        return !standsAlone || roles.size() == 1;
    }

    /** Compile-time role names for security annotations and {@code isUserInRole}. */
    public static final class Names {
        public static final String OFFICER = "OFFICER";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String LEGAL = "LEGAL";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
