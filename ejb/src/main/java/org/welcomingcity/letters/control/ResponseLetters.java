package org.welcomingcity.letters.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.letters.entity.LetterContent;

/**
 * The letter writer with the city's settings. Made at start-up, so a bad template stops the
 * deployment with a message naming the file; writing a letter is pure computation and joins no
 * transaction. The workflow's boundaries decide who may have a letter written.
 */
@Singleton
@Startup
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ResponseLetters {

    /** Optional directory whose decline.txt or legal-refusal.txt replace the shipped templates. */
    public static final String DIRECTORY_SETTING = "welcoming.letters.directory";
    /** The city a letter speaks for, heading every letter. */
    public static final String CITY_SETTING = "welcoming.city.name";
    /** The department that signs the letters, as agencies know it. */
    public static final String DEPARTMENT_SETTING = "welcoming.letters.department";

    @Inject
    @ConfigProperty(name = DIRECTORY_SETTING)
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = CITY_SETTING)
    String cityName;

    @Inject
    @ConfigProperty(name = DEPARTMENT_SETTING)
    String department;

    private LetterWriter writer;

    @PostConstruct
    void load() {
        writer = new LetterWriter(ResponseLetters.class.getClassLoader(), directory.filter(dir -> !dir.isBlank()).map(Path::of),
                cityName, department);
    }

    /** The letter as a PDF; the city of {@value #CITY_SETTING} when the content names none. */
    public byte[] write(LetterContent content) {
        return writer.write(content);
    }
}
