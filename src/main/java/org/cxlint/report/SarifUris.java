package org.cxlint.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Artifact locations for SARIF: a file under the root is a relative URI reference resolved against the
 * {@code %SRCROOT%} base id (the root's file URI, in {@code originalUriBaseIds}); any other file is an absolute
 * file URI. Both are built by {@link Path#toUri()} and {@link URI}, so spaces, '#', '%' and non-ASCII
 * characters are percent-encoded as RFC 3986 asks and decode back to the file's name.
 */
final class SarifUris {
    static final String BASE_ID = "%SRCROOT%";

    private final URI root;

    /** @param root the folder results are relative to (the checkout, normally the current directory) */
    SarifUris(Path root) {
        String u = root.toAbsolutePath().normalize().toUri().toASCIIString();
        this.root = URI.create(u.endsWith("/") ? u : u + "/");
    }

    /** The root's absolute URI, ending in '/', as {@code originalUriBaseIds} gives it. */
    String root() {
        return root.toASCIIString();
    }

    /** Fills {@code uri} (and {@code uriBaseId} when relative) of an artifactLocation for an input file. */
    ObjectNode locate(ObjectNode artifactLocation, String file) {
        URI abs;
        try {
            abs = URI.create(Path.of(file).toAbsolutePath().normalize().toUri().toASCIIString());
        } catch (InvalidPathException e) {
            // a name no path can be made of (a NUL, say): kept as a relative reference, every odd byte encoded
            return artifactLocation.put("uri", encoded(file)).put("uriBaseId", BASE_ID);
        }
        URI rel = root.relativize(abs);
        if (rel.isAbsolute()) return artifactLocation.put("uri", abs.toASCIIString());
        String s = rel.toASCIIString();
        // a first segment with ':' would read as a scheme ("c:x.txt"); "./" keeps it a path
        int colon = s.indexOf(':');
        if (colon >= 0 && (s.indexOf('/') < 0 || colon < s.indexOf('/'))) s = "./" + s;
        return artifactLocation.put("uri", s).put("uriBaseId", BASE_ID);
    }

    /** Percent-encodes all but unreserved characters and '/', byte by byte in UTF-8. */
    static String encoded(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : SafeText.unicode(s.replace('\\', '/')).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
