package org.welcomingcity.problem;

/**
 * The caller's role allows the step in general, but not for this caller on this thing: an
 * administrator on their own account, an approver on their own submission.
 */
public class SeparationOfDutiesException extends UseCaseException {

    public SeparationOfDutiesException(String message) {
        super(message);
    }
}
