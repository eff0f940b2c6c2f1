package org.welcomingcity.review.entity;

/**
 * The size of each text column of a review's own tables ({@code request_step}, {@code
 * request_disclosure}), defined once for the entities and the inputs' constraints;
 * {@code ColumnSizesTest} holds each to its migration.
 */
public final class ReviewColumns {

    /** To whom released information went. */
    public static final int RECIPIENT = 256;
    /** The released items' names, comma-separated. */
    public static final int DISCLOSED_ITEMS = 512;

    private ReviewColumns() {
    }
}
