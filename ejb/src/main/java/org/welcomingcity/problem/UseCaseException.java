package org.welcomingcity.problem;

import jakarta.ejb.ApplicationException;

/**
 * A use case refused to go on. The message is safe to show to the user: it names what is
 * wrong and never carries personal data or internals. The transaction always rolls back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class UseCaseException extends RuntimeException {

    protected UseCaseException(String message) {
        super(message);
    }
}
