package org.welcomingcity.review.entity;

import java.time.OffsetDateTime;

/**
 * What the officer or supervisor states happened to the person: released, transferred (to
 * which agency) or still in custody, when, and when bail was posted, if it was.
 */
public record CustodyEntry(Disposition disposition, OffsetDateTime at, String receivingAgency,
        OffsetDateTime bailPostedAt) {
}
