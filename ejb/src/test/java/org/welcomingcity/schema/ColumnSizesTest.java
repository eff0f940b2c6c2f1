package org.welcomingcity.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.entity.AuditReview;
import org.welcomingcity.identity.boundary.NewAccount;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.FurtherDocument;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.entity.Disclosure;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.StepRecord;

/**
 * The sizes of the text columns (requests, reviews, accounts, audit reviews) are defined once: each
 * entity's mapping says what its migration made, and each input's constraint allows what its column
 * holds, no more.
 */
class ColumnSizesTest {

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(?:VARCHAR|CHAR)\\((\\d+)\\)",
            Pattern.MULTILINE);
    private static final Pattern ADD = Pattern.compile(
            "ALTER TABLE (\\w+) (?:ADD COLUMN|ALTER COLUMN) (\\w+) (?:TYPE |SET DATA TYPE )?(?:VARCHAR|CHAR)\\((\\d+)\\)");
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** table.column, in lower case, to its size after every migration. */
    private static final Map<String, Integer> MIGRATED = migratedSizes();

    @Test
    void eachTextColumnOfTheEntitiesHasTheSizeItsMigrationGave() throws NoSuchFieldException {
        List<Class<?>> entities = List.of(FederalRequest.class, StepRecord.class, Disclosure.class, Account.class,
                AuditReview.class);
        for (Class<?> entity : entities) {
            Table named = entity.getAnnotation(Table.class);
            String table = named == null ? entity.getSimpleName().toLowerCase(Locale.ROOT) : named.name();
            for (Field field : entity.getDeclaredFields()) {
                CollectionTable elements = field.getAnnotation(CollectionTable.class);
                if (elements != null && field.isAnnotationPresent(ElementCollection.class)
                        && field.getType() == List.class) {
                    assertTextColumns(elements.name(), FurtherDocument.class);
                }
            }
            assertTextColumns(table, entity);
        }
        assertThat(FederalRequest.class.getDeclaredField("furtherDocuments").getAnnotation(CollectionTable.class).name())
                .isEqualTo("request_document");
    }

    @Test
    void eachInputAllowsWhatItsColumnHolds() {
        assertInputFits(Intake.class, FederalRequest.class, Map.of());
        assertInputFits(DocumentClassification.class, FurtherDocument.class, Map.of());
        assertInputFits(StepInput.class, FederalRequest.class, Map.of());
        assertInputFits(StepInput.class, StepRecord.class, Map.of("reason", "note"));
        assertInputFits(StepInput.class, Disclosure.class, Map.of());
        assertInputFits(NewAccount.class, Account.class, Map.of());
    }

    @Test
    void theMigrationsAreReadWhole() {
        assertThat(MIGRATED).containsEntry("federal_request.event_number", 32)
                .containsEntry("request_document.form_number", 32).containsEntry("request_disclosure.recipient", 256)
                .containsEntry("request_attachment.sha256", 64).containsEntry("account.external_id", 512)
                .containsEntry("audit_review.reviewed_hash", 64);
    }

    /** The scripts of one database only (triggers, types) must not size a text column this test would not see. */
    @Test
    void theVendorMigrationsSizeNoTextColumn() throws IOException, URISyntaxException {
        Path vendors = Path.of(ColumnSizesTest.class.getResource("/db/vendor").toURI());
        try (Stream<Path> files = Files.walk(vendors)) {
            List<Path> scripts = files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList();
            assertThat(scripts).isNotEmpty();
            for (Path script : scripts) {
                String sql = Files.readString(script).replaceAll("--[^\\n]*", "");
                assertThat(sql).as(vendors.relativize(script).toString()).doesNotContainPattern("(?i)\\b(VAR)?CHAR\\s*\\(");
            }
        }
    }

    private static void assertTextColumns(String table, Class<?> mapped) {
        for (Field field : mapped.getDeclaredFields()) {
            if (field.getType() != String.class || Modifier.isStatic(field.getModifiers())
                    || field.isAnnotationPresent(Enumerated.class)) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            String where = mapped.getSimpleName() + "." + field.getName();
            assertThat(column).as(where + " declares its column and its length").isNotNull();
            String name = column.name().isEmpty() ? field.getName() : column.name();
            assertThat(column.length()).as(where + " against " + table + "." + name)
                    .isEqualTo(MIGRATED.get(table + "." + name.toLowerCase(Locale.ROOT)));
        }
    }

    /** Each text component of the input with a size fits the entity's field of the same name (or as renamed). */
    private static void assertInputFits(Class<? extends Record> input, Class<?> entity, Map<String, String> renamed) {
        for (var component : input.getRecordComponents()) {
            OptionalInt max = maxSize(input, component.getName());
            String fieldName = renamed.getOrDefault(component.getName(), component.getName());
            Field field = Stream.of(entity.getDeclaredFields()).filter(f -> f.getName().equals(fieldName))
                    .findFirst().orElse(null);
            if (component.getType() != String.class || field == null) {
                continue;
            }
            assertThat(max).as(input.getSimpleName() + "." + component.getName() + " has a size").isPresent();
            assertThat(max.getAsInt()).as(input.getSimpleName() + "." + component.getName() + " against "
                    + entity.getSimpleName() + "." + fieldName).isEqualTo(field.getAnnotation(Column.class).length());
        }
    }

    private static OptionalInt maxSize(Class<?> input, String property) {
        var described = VALIDATOR.getConstraintsForClass(input).getConstraintsForProperty(property);
        if (described == null) {
            return OptionalInt.empty();
        }
        return described.getConstraintDescriptors().stream()
                .flatMap(d -> Stream.concat(Stream.of(d), d.getComposingConstraints().stream()))
                .map(ConstraintDescriptor::getAnnotation).filter(Size.class::isInstance)
                .mapToInt(size -> ((Size) size).max()).min();
    }

    private static Map<String, Integer> migratedSizes() {
        Map<String, Integer> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of(ColumnSizesTest.class.getResource("/db/migration").toURI()))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(ColumnSizesTest::version)).toList()) {
                String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                Matcher table = CREATE.matcher(sql);
                while (table.find()) {
                    Matcher column = COLUMN.matcher(table.group(2));
                    while (column.find()) {
                        sizes.put(key(table.group(1), column.group(1)), Integer.valueOf(column.group(2)));
                    }
                }
                Matcher added = ADD.matcher(sql);
                while (added.find()) {
                    sizes.put(key(added.group(1), added.group(2)), Integer.valueOf(added.group(3)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the migrations cannot be read", e);
        }
        return sizes;
    }

    private static int version(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
