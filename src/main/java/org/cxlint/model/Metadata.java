package org.cxlint.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the contact centre knows about an interaction besides its words.
 * {@code extra} keeps any other key the source had, sorted so reports stay byte-stable.
 */
public record Metadata(String agent, String team, String customer, String date, Map<String, String> extra) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, Map.of());

    public Metadata {
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
    }
}
