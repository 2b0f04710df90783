package org.cxlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Transcripts whose ids, metadata and text hold what reports must not pass on as they are. */
final class Hostile {
    /** JSON escapes as a transcript file holds them: NUL, ESC, CSI, a lone surrogate, U+FFFE/U+FFFF, a formula. */
    static final String[] IDS = {
        "a\\u0000b", "../../../../etc/passwd", "c\\ud800d", "=cmd|' /C calc'!A0", "e\\ufffef\\uffff\\u001b[2J",
        "+1-2", "@SUM(A1)", "\\tTAB", "\\r\\nCR", "x\\u009b31mC1\\u001b]0;title\\u0007",
    };

    private Hostile() {}

    /** One JSON Lines file, a transcript a line, with the ids above and hostile text in every turn. */
    static Path jsonl(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String id : IDS) {
            b.append("{\"id\": \"")
                    .append(id)
                    .append("\", \"channel\": \"chat\\u001b[5m\", \"metadata\": {\"agent\": \"")
                    .append(id)
                    .append("\", \"team\": \"=HYPERLINK(\\\"http://x\\\")\"}, \"turns\": [")
                    .append(
                            "{\"speaker\": \"agent\", \"text\": \"Hi, this is Sam. Our policy says no \\u001b[31mrefunds\\u001b[0m \\ufffe \\ud800 <&> \\u0000.\"},")
                    .append("{\"speaker\": \"customer\", \"text\": \"=1+2 \\uffff \\u009b2J\\u0007\"},")
                    .append(
                            "{\"speaker\": \"agent\", \"text\": \"I can't do anything about that \\u001b[2J\\udfff.\"}]}\n");
        }
        return Files.writeString(dir.resolve("hostile.jsonl"), b.toString());
    }
}
