package org.welcomingcity.letters.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.welcomingcity.letters.entity.LetterKind;

/**
 * Finds a letter's template: a file of the same name in the city's own directory, if there is
 * one, wins over the template shipped on the class path in {@value #FOLDER}.
 */
final class LetterTemplates {

    static final String FOLDER = "letters/";

    private final ClassLoader classLoader;
    private final Optional<Path> directory;

    LetterTemplates(ClassLoader classLoader, Optional<Path> directory) {
        // a mistyped directory would otherwise send the shipped letters without a word
        directory.filter(dir -> !Files.isDirectory(dir)).ifPresent(dir -> {
            throw new InvalidLetterTemplateException(dir.toString(), "the template directory does not exist");
        });
        this.classLoader = classLoader;
        this.directory = directory;
    }

    LetterTemplate load(LetterKind kind) {
        String name = kind.templateFile();
        Optional<Path> own = directory.map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
        if (own.isPresent()) {
            try {
                return LetterTemplate.parse(own.get().toString(), Files.readString(own.get(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the letter template " + own.get(), e);
            }
        }
        String resource = FOLDER + name;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidLetterTemplateException(resource, "not found on the class path (it comes with the welcoming-config jar)");
            }
            return LetterTemplate.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the letter template " + resource, e);
        }
    }
}
