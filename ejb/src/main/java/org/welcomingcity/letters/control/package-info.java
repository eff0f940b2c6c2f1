/**
 * Templates from the class path or a city's own directory, their placeholders filled in, and
 * the PDF set in a standard font. Depends on letters.entity and Apache PDFBox.
 */
package org.welcomingcity.letters.control;
