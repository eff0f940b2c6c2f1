package org.welcomingcity.request.entity;

import java.time.OffsetDateTime;
import org.welcomingcity.review.entity.Disposition;

/**
 * What the officer or supervisor states happened to the person: released, transferred (to
 * which agency) or still in custody, when, and when bail was posted, if it was.
 */
public record CustodyEntry(Disposition disposition, OffsetDateTime at, String receivingAgency,
        OffsetDateTime bailPostedAt) {
}
