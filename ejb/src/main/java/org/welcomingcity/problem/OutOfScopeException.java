package org.welcomingcity.problem;

/**
 * The request is well formed but lies outside what the application can decide, such as an
 * event date that no law it knows covers. Asking again with the same input cannot succeed.
 */
public class OutOfScopeException extends UseCaseException {

    public OutOfScopeException(String message) {
        super(message);
    }
}
