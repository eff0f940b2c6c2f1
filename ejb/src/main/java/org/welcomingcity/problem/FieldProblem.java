package org.welcomingcity.problem;

/**
 * One thing wrong with an input: the field, by its name in the API and on the form (none for
 * the input as a whole), and what it must be, in words for the person who fills it in.
 */
public record FieldProblem(String field, String problem) {

    /** A problem of the input as a whole, not of one field. */
    public static FieldProblem ofInput(String problem) {
        return new FieldProblem(null, problem);
    }

    /** "field: problem", the form the API's message has always had. */
    @Override
    public String toString() {
        return field == null ? problem : field + ": " + problem;
    }
}
