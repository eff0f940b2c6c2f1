package org.welcomingcity.problem;

/** The request contradicts the current state: a duplicate, a step already taken, a lost race. */
public class ConflictException extends UseCaseException {

    public ConflictException(String message) {
        super(message);
    }
}
