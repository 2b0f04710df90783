package org.cxlint.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The {@code --token} check: {@code Authorization: Bearer TOKEN}, compared in constant time. */
final class Bearer {
    private final byte[] expected;

    /** @param token null: no token is required */
    Bearer(String token) {
        this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(String authorization) {
        if (expected == null) return true;
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // isEqual does not stop at the first differing byte; only the length can leak, and that is not the secret
        return MessageDigest.isEqual(expected, given);
    }
}
