package org.welcomingcity.problem;

/** The caller's input is wrong; the message names the field and what it must be. */
public class InvalidInputException extends UseCaseException {

    public InvalidInputException(String message) {
        super(message);
    }
}
