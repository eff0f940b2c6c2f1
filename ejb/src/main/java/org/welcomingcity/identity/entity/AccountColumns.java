package org.welcomingcity.identity.entity;

/**
 * The size of each text column of an account, defined once: the entity maps its columns with it
 * and the inputs' constraints allow no more. {@code ColumnSizesTest} holds each to its migration.
 */
public final class AccountColumns {

    public static final int USERNAME = 64;
    public static final int DISPLAY_NAME = 128;
    public static final int UNIT = 64;
    public static final int PASSWORD_HASH = 512;
    public static final int EXTERNAL_ID = 512;

    private AccountColumns() {
    }
}
