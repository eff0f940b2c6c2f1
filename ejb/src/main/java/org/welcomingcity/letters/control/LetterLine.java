package org.welcomingcity.letters.control;

/** One line of a filled-in template, before it is wrapped to the page width. */
record LetterLine(Style style, String text) {

    static final LetterLine GAP = new LetterLine(Style.GAP, "");

    enum Style {
        TEXT,
        /** Set in bold. */
        HEADING,
        /** An entry of a list, set with a bullet and a hanging indent. */
        ITEM,
        /** Space between paragraphs. */
        GAP
    }
}
