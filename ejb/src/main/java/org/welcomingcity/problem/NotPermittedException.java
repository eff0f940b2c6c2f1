package org.welcomingcity.problem;

/**
 * The caller is known and may see the thing, but may not do this to it: the wrong role, the
 * person who submitted a request reviewing it, a release outside what legal approved.
 */
public class NotPermittedException extends UseCaseException {
    public NotPermittedException(String message) {
        super(message);
    }
}
