package org.welcomingcity.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.request.control.ExpiredScans;
import org.welcomingcity.request.entity.ScanRemoval;

/**
 * The administrator's "remove expired scans now", the same work the nightly schedule does: for
 * a city that sets a retention period and will not wait for the night, or checks what it does.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ScanRetention {

    @EJB
    ExpiredScans scans;

    /** Each request in a transaction of its own, with its audit event; what was removed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ScanRemoval removeExpiredNow() {
        return scans.removeAllDue();
    }
}
