package org.welcomingcity.ordinance.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * Reads and validates rule packs: those listed in {@value #INDEX} on the class path (a list
 * rather than a folder scan, because a folder inside a jar cannot be listed portably), then
 * every {@code *.json} of an optional directory, so a city adds a law without a code change.
 * Anything wrong throws {@link InvalidRulePackException}.
 */
public class RulePackLoader {

    public static final String FOLDER = "rulepacks/";
    public static final String INDEX = FOLDER + "index.txt";

    /** The packs of the class path, then those of the directory, if any; pack ids must be unique. */
    public List<RulePack> load(ClassLoader classLoader, Optional<Path> directory) {
        Map<String, RulePack> bySource = new LinkedHashMap<>(classPathPacks(classLoader));
        directory.ifPresent(dir -> bySource.putAll(directoryPacks(dir)));
        return distinct(bySource);
    }

    public List<RulePack> fromClassPath(ClassLoader classLoader) {
        return distinct(classPathPacks(classLoader));
    }

    public List<RulePack> fromDirectory(Path directory) {
        return distinct(directoryPacks(directory));
    }

    /** One pack; {@code source} names it in error messages. */
    public RulePack read(String source, Reader json) {
        JsonObject pack;
        try (JsonReader reader = Json.createReader(json)) {
            pack = reader.readObject();
        } catch (JsonParsingException e) {
            throw new InvalidRulePackException(source, null, null, "not a valid JSON object: " + e.getMessage(), e);
        }
        return new RulePackReader(source).read(pack);
    }

    private Map<String, RulePack> classPathPacks(ClassLoader classLoader) {
        Map<String, RulePack> packs = new LinkedHashMap<>();
        for (String name : index(classLoader)) {
            String source = FOLDER + name;
            InputStream json = classLoader.getResourceAsStream(source);
            if (json == null) {
                throw new InvalidRulePackException(INDEX, null, null, "lists '" + name + "', which is not on the class path");
            }
            packs.put(source, read(source, json));
        }
        return packs;
    }

    private static List<String> index(ClassLoader classLoader) {
        InputStream index = classLoader.getResourceAsStream(INDEX);
        if (index == null) {
            throw new InvalidRulePackException(INDEX, null, null,
                    "not found on the class path (it comes with the welcoming-config jar)");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            List<String> names = lines.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            if (names.isEmpty()) {
                throw new InvalidRulePackException(INDEX, null, null, "lists no rule pack");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, RulePack> directoryPacks(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidRulePackException(directory.toString(), null, null, "not a directory");
        }
        Map<String, RulePack> packs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try (Reader json = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    packs.put(file.toString(), read(file.toString(), json));
                }
            }
        } catch (IOException e) {
            throw new InvalidRulePackException(directory.toString(), null, null, "cannot be read: " + e, e);
        }
        return packs;
    }

    private RulePack read(String source, InputStream json) {
        try (Reader reader = new InputStreamReader(json, StandardCharsets.UTF_8)) {
            return read(source, reader);
        } catch (IOException e) {
            throw new InvalidRulePackException(source, null, null, "cannot be read: " + e, e);
        }
    }

    private static List<RulePack> distinct(Map<String, RulePack> bySource) {
        Map<String, String> sourceById = new HashMap<>();
        List<RulePack> packs = new ArrayList<>();
        bySource.forEach((source, pack) -> {
            String earlier = sourceById.putIfAbsent(pack.id(), source);
            if (earlier != null) {
                throw new InvalidRulePackException(source, null, "id",
                        "pack id '" + pack.id() + "' is already used by " + earlier);
            }
            packs.add(pack);
        });
        return List.copyOf(packs);
    }
}
