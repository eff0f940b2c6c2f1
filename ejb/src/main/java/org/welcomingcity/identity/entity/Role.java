package org.welcomingcity.identity.entity;

/** The five roles of the application. The nested names serve {@code @RolesAllowed}. */
public enum Role {
    OFFICER, SUPERVISOR, LEGAL, AUDITOR, ADMIN;

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
