package org.welcomingcity.letters.control;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.welcomingcity.letters.entity.LetterContent;
import org.welcomingcity.letters.entity.LetterKind;

/**
 * Writes response letters as PDF. Every template is read and checked when the writer is made,
 * so a mistake in a city's template shows at start-up, not when a supervisor declines a request.
 */
public class LetterWriter {

    private final Map<LetterKind, LetterTemplate> templates = new EnumMap<>(LetterKind.class);
    private final String cityName;
    private final String department;

    /**
     * @param directory where a city keeps its own templates, if anywhere
     * @param cityName the city a letter speaks for when its content names none
     * @param department the department that signs, as agencies know it, such as Chicago Police Department
     * @throws InvalidLetterTemplateException if a template is missing or names an unknown placeholder
     */
    public LetterWriter(ClassLoader classLoader, Optional<Path> directory, String cityName, String department) {
        LetterTemplates found = new LetterTemplates(classLoader, directory);
        for (LetterKind kind : LetterKind.values()) {
            templates.put(kind, found.load(kind));
        }
        this.cityName = cityName == null ? "" : cityName.strip();
        this.department = department == null ? "" : department.strip();
    }

    /** The letter as a PDF document. */
    public byte[] write(LetterContent content) {
        LetterContent complete = content.cityName() == null || content.cityName().isBlank()
                ? content.withCityName(cityName) : content;
        return LetterPdf.render(complete.cityName().strip(), complete.reference() == null ? "" : complete.reference().strip(),
                templates.get(complete.kind()).fill(Placeholders.of(complete, department)));
    }
}
