package org.welcomingcity.letters.entity;

/** Why the city answers with a letter; each kind has its own template. */
public enum LetterKind {

    /** A supervisor declined the request. */
    DECLINE("decline.txt"),
    /** The legal department refused the request. */
    LEGAL_REFUSAL("legal-refusal.txt");

    private final String templateFile;

    LetterKind(String templateFile) {
        this.templateFile = templateFile;
    }

    /** The template's file name, the same on the class path and in a city's directory. */
    public String templateFile() {
        return templateFile;
    }
}
