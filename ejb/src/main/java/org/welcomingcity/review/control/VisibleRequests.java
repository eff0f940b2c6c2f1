package org.welcomingcity.review.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.review.entity.FederalRequest;

/**
 * Finds a request for a caller. One the caller may not see answers exactly like one that
 * does not exist, so a guessed id reveals nothing.
 */
@Dependent
public class VisibleRequests {

    @PersistenceContext
    EntityManager em;

    public FederalRequest find(long id, Caller caller) {
        FederalRequest request = em.find(FederalRequest.class, id);
        if (request == null || !RequestAccess.maySee(caller, request)) {
            throw new NotFoundException("No request with id " + id + ".");
        }
        return request;
    }
}
