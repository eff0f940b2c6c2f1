package org.welcomingcity.personforms.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.welcomingcity.pdf.EmbeddedFonts;
import org.welcomingcity.pdf.Face;
import org.welcomingcity.personforms.entity.FormTexts;
import org.welcomingcity.personforms.entity.PersonForm;

/**
 * A person's form as PDF in its language, on US Letter pages: the city's name, the title, the
 * paragraphs and, on the consent form, lines to fill in by hand. A right-to-left language is set
 * from the right margin. Every page ends with the form's language, version and page number, so a
 * signed paper can be matched to the version recorded on the consent.
 */
public final class PersonFormPdf {

    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 72;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TEXT = 11;
    private static final float LEADING = 16;
    private static final float FIELD_GAP = 26;
    private static final List<String> CONSENT_FIELDS = List.of("consent.agency", "consent.name", "consent.signature",
            "consent.date", "consent.guardian", "consent.interpreter", "consent.officer");

    private record Placed(Face face, float size, float y, String text) {
    }

    private final FormTexts texts;
    private final boolean rightToLeft;
    private final PDDocument document = new PDDocument();
    private final Face regular;
    private final Face bold;
    private final List<List<Placed>> pages = new ArrayList<>();
    private final List<List<Float>> rules = new ArrayList<>();
    private float y;

    private PersonFormPdf(FormTexts texts) {
        this.texts = texts;
        this.rightToLeft = texts.language().rightToLeft();
        EmbeddedFonts fonts = EmbeddedFonts.in(document);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
    }

    /** The form in the language of {@code texts}, naming the city and its police department. */
    public static byte[] render(PersonForm form, FormTexts texts, String cityName, String department) {
        PersonFormPdf pdf = new PersonFormPdf(texts);
        try (PDDocument document = pdf.document) {
            return pdf.layOut(form, cityName, department).save(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PersonFormPdf layOut(PersonForm form, String cityName, String department) {
        newPage();
        lines(bold, 13, cityName);
        rule(6);
        y -= 10;
        lines(bold, 15, texts.text(form.key() + ".title"));
        y -= 6;
        for (String key : texts.paragraphs(form)) {
            lines(regular, TEXT, texts.text(key, department, cityName));
            y -= 6;
        }
        if (form == PersonForm.CONSENT) {
            y -= 6;
            lines(bold, TEXT, texts.text("consent.agree", department, cityName));
            for (String field : CONSENT_FIELDS) {
                if (y - FIELD_GAP - LEADING < MARGIN) {
                    newPage();
                }
                y -= 10;
                lines(regular, TEXT, texts.text(field));
                y -= FIELD_GAP;
                rule(0);
            }
        }
        return this;
    }

    private byte[] save(PersonForm form) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setLineWidth(0.6f);
                    for (float ruleY : rules.get(i)) {
                        content.moveTo(MARGIN, ruleY);
                        content.lineTo(MARGIN + WIDTH, ruleY);
                        content.stroke();
                    }
                    List<Placed> placed = new ArrayList<>(pages.get(i));
                    String footer = texts.text("form.versionLine", texts.version(), texts.text("language.name"))
                            + " \u00b7 " + texts.text("form.page", i + 1, pages.size());
                    placed.add(new Placed(regular, 8, MARGIN - 30, footer));
                    for (Placed text : placed) {
                        show(content, text);
                    }
                }
            }
            document.getDocumentInformation().setTitle(texts.text(form.key() + ".title"));
            document.getDocumentInformation().setSubject(form.key() + " " + texts.language().tag() + " " + texts.version());
            // read aloud and searched in its own language
            document.getDocumentCatalog().setLanguage(texts.language().tag());
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lines(Face face, float size, String text) {
        for (String line : face.lines(text, size, WIDTH)) {
            if (y - LEADING < MARGIN) {
                newPage();
            }
            y -= size > TEXT ? size * 1.45f : LEADING;
            pages.get(pages.size() - 1).add(new Placed(face, size, y, line));
        }
    }

    private void rule(float below) {
        rules.get(rules.size() - 1).add(y - below);
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        rules.add(new ArrayList<>());
        y = PAGE.getHeight() - MARGIN;
    }

    private void show(PDPageContentStream content, Placed placed) throws IOException {
        float x = rightToLeft ? MARGIN + WIDTH - placed.face().width(placed.text(), placed.size()) : MARGIN;
        content.beginText();
        content.newLineAtOffset(x, placed.y());
        placed.face().show(content, placed.text(), placed.size(), rightToLeft);
        content.endText();
    }
}
