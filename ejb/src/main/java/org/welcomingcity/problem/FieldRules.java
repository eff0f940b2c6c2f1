package org.welcomingcity.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a single field of an input must be, as the Bean Validation constraints on its record
 * components say (required, length, pattern), read as (field, problem) pairs: each constraint's
 * message is the problem the person reads. A field with several faults is named once, for the
 * first of them in the order required, length, pattern. Rules across fields stay in code.
 */
public final class FieldRules {

    /** The problem of text longer than its column. */
    public static final String AT_MOST = "at most {max} characters";

    /** Which of a field's problems is named: being missing, then being too long, then its form. */
    private static final List<Class<? extends Annotation>> FIRST = List.of(Required.class, Size.class, Pattern.class);

    private FieldRules() {
    }

    /** Every field's problem, in the order of the record's components, each field's name after {@code prefix}. */
    public static List<FieldProblem> problems(Record input, String prefix) {
        return named(prefix, validator().validate(input));
    }

    /** The problem of one field of the input, if it has one. */
    public static Optional<FieldProblem> problem(Record input, String component) {
        return named("", validator().validateProperty(input, component)).stream().findFirst();
    }

    /**
     * The order of a record's components, for problems named by them: a list's items ({@code
     * documents[0].formNumber}) stand where the list does. Problems of other fields come last.
     */
    public static Comparator<FieldProblem> inOrderOf(Class<? extends Record> type) {
        List<String> components = components(type);
        return Comparator.comparingInt(problem -> {
            String field = problem.field() == null ? "" : problem.field().split("[.\\[]", 2)[0];
            int at = components.indexOf(field);
            return at < 0 ? components.size() : at;
        });
    }

    private static <T extends Record> List<FieldProblem> named(String prefix, Set<ConstraintViolation<T>> faults) {
        if (faults.isEmpty()) {
            return List.of();
        }
        List<String> components = components(faults.iterator().next().getRootBeanClass());
        Map<String, String> first = new LinkedHashMap<>();
        faults.stream()
                .sorted(Comparator.<ConstraintViolation<T>>comparingInt(
                        fault -> components.indexOf(fault.getPropertyPath().toString())).thenComparingInt(FieldRules::rank))
                .forEach(fault -> first.putIfAbsent(fault.getPropertyPath().toString(), fault.getMessage()));
        return first.entrySet().stream().map(fault -> new FieldProblem(prefix + fault.getKey(), fault.getValue())).toList();
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static int rank(ConstraintViolation<?> fault) {
        int at = FIRST.indexOf(fault.getConstraintDescriptor().getAnnotation().annotationType());
        return at < 0 ? FIRST.size() : at;
    }

    private static Validator validator() {
        return Holder.VALIDATOR;
    }

    /** Built once, on first use: the provider is Hibernate Validator (Payara's in the server, the tests' own in them). */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }
}
