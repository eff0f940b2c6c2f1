package org.welcomingcity.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link AuditTrail#record} locks the head of the chain until the transaction ends, and every
 * writer on every server waits for that lock; so a use case records its event last. This reads
 * the source of every class that holds the trail and fails where, in one method, a call to
 * {@code record(...)} or {@code recordRead(...)} is followed by a persistence operation: a call on an
 * EntityManager, on a field whose class holds one (a store, a finder), or a query being run; and
 * where a method that records a read writes anything at all.
 * <p>
 * It reads the text in order, not the flow of control: a persistence call in an {@code else}
 * after the record counts too, so the record is written last in its method. It does not follow
 * calls: work done after a helper that records returns (the caller's), or inside a method called
 * after the record, or the lazy loading of an entity, is for the reviewer to see.
 * Source rather than bytecode, because the JDK of the build has no class-file reader and the
 * order of calls in a method is plain in the text.
 */
class RecordedLastTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TRAIL_FIELD = Pattern.compile("\\bAuditTrail\\s+(\\w+)\\s*;");
    private static final Pattern WRITE =
            Pattern.compile("\\.\\s*(persist|merge|remove|store|executeUpdate|record|recordAlone)\\s*\\(");
    private static final Pattern QUERY_RUN =
            Pattern.compile("\\.\\s*(getSingleResult|getResultList|getResultStream|executeUpdate)\\s*\\(");
    /** Method bodies of a top-level class open at this brace depth. */
    private static final int METHOD_BODY = 2;

    @Test
    void everyUseCaseRecordsItsEventLast() throws IOException {
        List<String> late = new ArrayList<>();
        List<Recording> recording = recordingClasses();
        for (Recording use : recording) {
            Class<?> type = type(use.file());
            for (String finding : lateCalls(use.code(), use.trails(), persistenceFields(type, use.trails()))) {
                late.add(type.getSimpleName() + ": " + finding);
            }
        }
        assertThat(recording).as("classes that record into the trail").hasSizeGreaterThan(10);
        assertThat(late).as("persistence calls after the audit event in the same method").isEmpty();
    }

    @Test
    void everyReadThatRecordsItselfAsOneWritesNothing() throws IOException {
        List<String> writes = new ArrayList<>();
        long reads = 0;
        for (Recording use : recordingClasses()) {
            reads += recordCalls(use.code(), use.trails(), "recordRead").results().count();
            for (String finding : writesBesideARead(use.code(), use.trails())) {
                writes.add(use.file().getFileName() + ": " + finding);
            }
        }
        assertThat(reads).as("reads recorded as reads").isGreaterThanOrEqualTo(5);
        assertThat(writes).as("writes in a method that records a read").isEmpty();
    }

    /** A main source file that holds the trail: its code (comments and text blanked) and the trail's field names. */
    private record Recording(Path file, String code, Set<String> trails) {
    }

    private static List<Recording> recordingClasses() throws IOException {
        List<Recording> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = code(Files.readString(file));
                Set<String> trails = names(TRAIL_FIELD, source);
                if (!trails.isEmpty()) {
                    found.add(new Recording(file, source, trails));
                }
            }
        }
        return found;
    }

    @Test
    void seesAWriteBesideARead() {
        String source = code("""
                class Sample {
                    AuditTrail trail;
                    AccountStore accounts;
                    Account read(String name) {
                        Account found = accounts.find(name);
                        found.seen();
                        accounts.store(found);
                        trail.recordRead(AuditAction.ACCOUNT_READ, "account:" + name, AuditOutcome.SUCCESS, null);
                        return found;
                    }
                    void create(Account account) {
                        accounts.store(account);
                        trail.record(AuditAction.ACCOUNT_CREATED, "account:" + account.username(),
                                AuditOutcome.SUCCESS, null);
                    }
                }
                """);

        assertThat(writesBesideARead(source, Set.of("trail"))).singleElement().asString().contains("line 7")
                .contains(".store(");
    }

    @Test
    void seesAStoreCalledAfterTheRecord() {
        String source = code("""
                class Sample {
                    AuditTrail trail;
                    AccountStore accounts;
                    void create(Account account) {
                        accounts.store(account);
                        trail.record(AuditAction.ACCOUNT_CREATED, "account:" + account.username(),
                                AuditOutcome.SUCCESS, null);
                        accounts.flush(account.username()); // holds the chain's lock while it writes
                    }
                    void read(String name) {
                        trail.record(AuditAction.ACCOUNT_READ, "account:" + name, AuditOutcome.SUCCESS, null);
                    }
                }
                """);

        assertThat(lateCalls(source, Set.of("trail"), Set.of("accounts")))
                .singleElement().asString().contains("line 8").contains("accounts.flush");
    }

    @Test
    void seesAQueryRunAfterTheRecordButNotCommentsOrText() {
        String source = code("""
                class Sample {
                    AuditTrail trail;
                    long search(TypedQuery<Long> count) {
                        trail.record(AuditAction.AUDIT_SEARCHED, null, AuditOutcome.SUCCESS, null);
                        // count.getSingleResult() in a comment, and "em.persist(x)" in text, are no calls
                        return count.getSingleResult();
                    }
                }
                """);

        assertThat(lateCalls(source, Set.of("trail"), Set.of("em")))
                .singleElement().asString().contains("line 6").contains("getSingleResult");
    }

    /** Where, after a record, the same method calls into persistence: "line N: text of the call". */
    static List<String> lateCalls(String code, Set<String> trails, Set<String> persistence) {
        List<String> found = new ArrayList<>();
        Pattern persistenceCall = persistence.isEmpty() ? null
                : Pattern.compile("\\b(" + String.join("|", persistence) + ")\\s*\\.\\s*\\w+\\s*\\(");
        Matcher record = recordCalls(code, trails, "record|recordRead");
        while (record.find()) {
            int after = statementEnd(code, record.end() - 1);
            String rest = code.substring(after, methodEnd(code, record.start(), after));
            for (Pattern call : persistenceCall == null ? List.of(QUERY_RUN) : List.of(persistenceCall, QUERY_RUN)) {
                Matcher late = call.matcher(rest);
                while (late.find()) {
                    int at = after + late.start();
                    found.add("line " + line(code, at) + ": " + late.group().replaceAll("\\s+", ""));
                }
            }
        }
        return found;
    }

    /**
     * Where a method that records a read ({@link AuditTrail#recordRead}) also writes: "line N:
     * text of the call". A read's event may be committed by another read's transaction, so a
     * change made beside it would not commit with its event.
     */
    static List<String> writesBesideARead(String code, Set<String> trails) {
        List<String> found = new ArrayList<>();
        Matcher read = recordCalls(code, trails, "recordRead");
        while (read.find()) {
            int start = methodStart(code, read.start());
            Matcher write = WRITE.matcher(code.substring(start, methodEnd(code, read.start(), read.start())));
            while (write.find()) {
                found.add("line " + line(code, start + write.start()) + ": " + write.group().replaceAll("\\s+", ""));
            }
        }
        return found;
    }

    private static Matcher recordCalls(String code, Set<String> trails, String methods) {
        return Pattern.compile("\\b(" + String.join("|", trails) + ")\\s*\\.\\s*(" + methods + ")\\s*\\(")
                .matcher(code);
    }

    /** The position of the brace that opens the method holding {@code at}. */
    private static int methodStart(String code, int at) {
        int depth = 0;
        int opened = -1;
        for (int i = 0; i < at; i++) {
            char c = code.charAt(i);
            if (c == '{' && ++depth == METHOD_BODY) {
                opened = i;
            } else if (c == '}') {
                depth--;
            }
        }
        return opened;
    }

    /** The position after the semicolon that ends the statement whose call opens at {@code open}. */
    private static int statementEnd(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c == ';') {
                return i + 1;
            }
        }
        throw new IllegalStateException("no end of statement after " + open);
    }

    /** The position of the brace that closes the method holding {@code at}. */
    private static int methodEnd(String code, int at, int from) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
        }
        assertThat(depth).as("a record call inside a method of a top-level class").isGreaterThanOrEqualTo(METHOD_BODY);
        for (int i = at; i < code.length(); i++) {
            depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
            if (depth < METHOD_BODY && i >= from) {
                return i;
            }
        }
        throw new IllegalStateException("no end of method after " + at);
    }

    /** Fields that reach the database: an EntityManager, or an object that holds one; not the trail itself. */
    private static Set<String> persistenceFields(Class<?> type, Set<String> trails) {
        Set<String> names = new HashSet<>();
        for (Field field : type.getDeclaredFields()) {
            Class<?> held = field.getType();
            boolean persistence = held == EntityManager.class || Arrays.stream(held.getDeclaredFields())
                    .anyMatch(inner -> inner.getType() == EntityManager.class);
            if (persistence && !trails.contains(field.getName())) {
                names.add(field.getName());
            }
        }
        return names;
    }

    private static Class<?> type(Path file) {
        String name = SOURCES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                .replaceAll("\\.java$", "");
        try {
            return Class.forName(name, false, RecordedLastTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static Set<String> names(Pattern pattern, String code) {
        Set<String> names = new HashSet<>();
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static int line(String code, int at) {
        return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The source with comments, strings and characters blanked, line breaks kept, so only code is matched. */
    static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = skipped(source, i);
            if (end == i) {
                code.append(source.charAt(i++));
            } else {
                source.substring(i, end).chars().forEach(c -> code.append(c == '\n' ? '\n' : ' '));
                i = end;
            }
        }
        return code.toString();
    }

    /** The end of the comment or literal that starts at {@code i}, or {@code i} where none starts. */
    private static int skipped(String s, int i) {
        if (s.startsWith("//", i)) {
            int end = s.indexOf('\n', i);
            return end < 0 ? s.length() : end;
        }
        if (s.startsWith("/*", i)) {
            return s.indexOf("*/", i + 2) + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            return s.indexOf("\"\"\"", i + 3) + 3;
        }
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (s.charAt(j) != c) {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return j + 1;
        }
        return i;
    }
}
