package org.welcomingcity.problem;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends UseCaseException {

    public NotFoundException(String message) {
        super(message);
    }
}
