package org.welcomingcity.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version in the address of the application's own style sheets and scripts (OmniFaces'
 * VersionedResourceHandler adds it, web.xml): the first 12 hex digits of a SHA-256 over every
 * file under {@code /resources}, by path. Browsers keep those files for days, so after an upgrade
 * that changes one of them the pages name a new address, and no desk goes on showing the old
 * layout; an upgrade that changes none keeps the address, and the browsers' copies.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    static final String FOLDER = "/resources/";

    @Inject
    ServletContext servletContext;

    private String value;

    public synchronized String getValue() {
        if (value == null) {
            value = of(servletContext);
        }
        return value;
    }

    static String of(ServletContext context) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String path : files(context, FOLDER, new TreeSet<>())) {
                sha256.update(path.getBytes(StandardCharsets.UTF_8));
                try (InputStream content = context.getResourceAsStream(path)) {
                    sha256.update(content.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The application's resources cannot be read", unreadable);
        }
    }

    private static Set<String> files(ServletContext context, String folder, Set<String> found) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths != null) {
            for (String path : paths) {
                if (path.endsWith("/")) {
                    files(context, path, found);
                } else {
                    found.add(path);
                }
            }
        }
        return found;
    }
}
