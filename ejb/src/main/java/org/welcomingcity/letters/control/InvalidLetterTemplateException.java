package org.welcomingcity.letters.control;

/** A letter template is missing or names a placeholder that does not exist; stops the deployment. */
public class InvalidLetterTemplateException extends RuntimeException {

    public InvalidLetterTemplateException(String source, String problem) {
        super("letter template " + source + ": " + problem);
    }
}
