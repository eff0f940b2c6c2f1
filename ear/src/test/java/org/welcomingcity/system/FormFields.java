package org.welcomingcity.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of one form of a rendered page, read from its HTML as a browser reads them: what it
 * would submit untouched (the checked boxes, the selected options, the typed text), the options
 * of each choice, and the buttons. Enough for the markup Faces and PrimeFaces write; no HTML parser.
 */
final class FormFields {

    /** What a field is, for what may be put in it. */
    enum Kind {
        /** Anything typed: text, password, date, number, text area, a component's hidden value. */
        TEXT,
        /** One of the options (a select). */
        CHOICE,
        /** Any of the options (a group of checkboxes). */
        MANY,
        /** One checkbox on its own: sent as "on" when ticked. */
        FLAG,
        /** A file input. */
        FILE,
        /** What Faces puts in the form itself: the form's name and the view state. */
        FIXED
    }

    record Field(String name, Kind kind, List<String> values, List<String> options) {
    }

    private static final Pattern TAG = Pattern.compile(
            "<(input|button)\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<String> buttons = new ArrayList<>();
    private boolean multipart;

    private FormFields() {
    }

    /** The form with this id on the page; fails when the page has none. */
    static FormFields of(String page, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"([^>]*)>(.*?)</form>", Pattern.DOTALL)
                .matcher(page);
        if (!form.find()) {
            throw new IllegalStateException("no form " + formId);
        }
        FormFields read = new FormFields();
        read.multipart = attributes(form.group(1)).getOrDefault("enctype", "").startsWith("multipart/");
        Matcher tag = TAG.matcher(form.group(2));
        while (tag.find()) {
            if (tag.group(1) != null) {
                read.input(tag.group(1), attributes(tag.group(2)), formId);
            } else if (tag.group(3) != null) {
                read.select(attributes(tag.group(3)), tag.group(4));
            } else {
                Map<String, String> textarea = attributes(tag.group(5));
                String text = unescape(tag.group(6));
                read.add(textarea, Kind.TEXT, List.of(text.startsWith("\n") ? text.substring(1) : text), List.of());
            }
        }
        return read;
    }

    private void input(String element, Map<String, String> a, String formId) {
        String type = a.getOrDefault("type", "text");
        if (element.equals("button") || type.equals("submit") || type.equals("button") || type.equals("image")) {
            if (a.containsKey("name") && !a.containsKey("disabled")) {
                buttons.add(a.get("name"));
            }
            return;
        }
        String value = unescape(a.getOrDefault("value", ""));
        switch (type) {
            case "checkbox", "radio" -> {
                boolean single = type.equals("checkbox") && a.getOrDefault("id", "").equals(a.get("name"));
                if (single) {
                    add(a, Kind.FLAG, a.containsKey("checked") ? List.of("on") : List.of(), List.of());
                } else {
                    Kind kind = type.equals("radio") ? Kind.CHOICE : Kind.MANY;
                    add(a, kind, a.containsKey("checked") ? List.of(value) : List.of(), List.of(value));
                }
            }
            case "file" -> add(a, Kind.FILE, List.of(), List.of());
            case "hidden" -> add(a, a.getOrDefault("name", "").startsWith(formId + ":") ? Kind.TEXT : Kind.FIXED,
                    List.of(value), List.of());
            default -> add(a, Kind.TEXT, List.of(value), List.of());
        }
    }

    private void select(Map<String, String> a, String body) {
        List<String> options = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        Matcher option = OPTION.matcher(body);
        while (option.find()) {
            Map<String, String> o = attributes(option.group(1));
            String value = unescape(o.getOrDefault("value", ""));
            options.add(value);
            if (o.containsKey("selected")) {
                selected.add(value);
            }
        }
        boolean many = a.containsKey("multiple");
        if (selected.isEmpty() && !many && !options.isEmpty()) {
            selected.add(options.get(0)); // a browser sends the first option of a select nobody touched
        }
        add(a, many ? Kind.MANY : Kind.CHOICE, selected, options);
    }

    /** A group of checkboxes or radios is one field: its options and checked values gather. */
    private void add(Map<String, String> a, Kind kind, List<String> values, List<String> options) {
        String name = a.get("name");
        if (name == null || a.containsKey("disabled")) {
            return;
        }
        Field before = fields.get(name);
        if (before == null) {
            fields.put(name, new Field(name, kind, new ArrayList<>(values), new ArrayList<>(options)));
        } else {
            before.values().addAll(values);
            before.options().addAll(options);
        }
    }

    List<Field> fields() {
        return List.copyOf(fields.values());
    }

    List<String> buttons() {
        return List.copyOf(buttons);
    }

    /** Whether a browser sends this form as multipart/form-data (it has a file input). */
    boolean multipart() {
        return multipart;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.putIfAbsent(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    /** The text an HTML attribute or element holds, its character references resolved. */
    static String unescape(String html) {
        return ENTITY.matcher(html).replaceAll(m -> Matcher.quoteReplacement(switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                long code = m.group(1).startsWith("#x") ? Long.parseLong(m.group(1).substring(2), 16)
                        : Long.parseLong(m.group(1).substring(1));
                yield code <= Character.MAX_CODE_POINT ? Character.toString((int) code) : m.group();
            }
        }));
    }
}
