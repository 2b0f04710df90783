package org.cxlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded batch of every shape a resume must get right: JSON Lines files of many transcripts (with bad lines
 * among them), a CSV of several conversations (one bad), single-transcript files and a broken file.
 */
final class MixedBatch {
    private static final String[] AGENT = {
        "Thanks for calling, this is Sam. How can I help you today?",
        "That's not my department, you'll have to call billing.",
        "I'm sorry about that. Let me check your account right now.",
        "Unfortunately there's nothing I can do, it's our policy.",
        "I will send you the replacement today and email the tracking number.",
        "You should have read the terms before ordering.",
        "Is there anything else I can help you with?",
        "Calm down, I'm trying to help you.",
    };
    private static final String[] CUSTOMER = {
        "My order arrived broken.", "I was charged twice this month.", "The app keeps logging me out.",
        "Nobody called me back last week.", "Thanks, that helps.", "Why is this so hard?",
    };

    private MixedBatch() {}

    /** Writes the batch into {@code dir}; returns how many results (rows) a run over it gives. */
    static int write(Path dir, long seed) throws IOException {
        Random r = new Random(seed);
        Files.createDirectories(dir);
        int rows = 0;
        for (String name : List.of("a-chats.jsonl", "m-calls.jsonl")) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                if (i == 2) b.append("{\"id\": \"broken-").append(name).append("\", \"turns\": [\n");
                else if (i == 5)
                    b.append("{\"id\": \"no-speaker\", \"turns\": [{\"speaker\": \"robot\", \"text\": \"hi\"}]}\n");
                else b.append(jsonLine(name.charAt(0) + "-" + i, r)).append('\n');
                rows++;
            }
            Files.writeString(dir.resolve(name), b.toString(), StandardCharsets.UTF_8);
        }
        StringBuilder csv = new StringBuilder("conversation_id,speaker,text\n");
        for (int c = 0; c < 4; c++) {
            for (int t = 0; t < 4; t++) {
                boolean agent = t % 2 == 0;
                String speaker = c == 2 && t == 1 ? "" : agent ? "agent" : "customer";
                csv.append("conv-")
                        .append(c)
                        .append(',')
                        .append(speaker)
                        .append(",\"")
                        .append(pick(r, agent ? AGENT : CUSTOMER))
                        .append("\"\n");
            }
            rows++;
        }
        Files.writeString(dir.resolve("c-export.csv"), csv.toString(), StandardCharsets.UTF_8);
        for (int i = 0; i < 6; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                t.append("Agent: ").append(pick(r, AGENT)).append('\n');
                t.append("Customer: ").append(pick(r, CUSTOMER)).append('\n');
            }
            Files.writeString(dir.resolve("s-call-" + i + ".txt"), t.toString(), StandardCharsets.UTF_8);
            rows++;
        }
        Files.writeString(
                dir.resolve("s-call-9-broken.json"), "{\"turns\": [{\"speaker\": \"agent\", ", StandardCharsets.UTF_8);
        return rows + 1;
    }

    static String jsonLine(String id, Random r) {
        List<String> turns = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            turns.add("{\"speaker\": \"agent\", \"text\": \"" + pick(r, AGENT) + "\"}");
            turns.add("{\"speaker\": \"customer\", \"text\": \"" + pick(r, CUSTOMER) + "\"}");
        }
        return "{\"id\": \"" + id + "\", \"channel\": \"chat\", \"turns\": [" + String.join(", ", turns) + "]}";
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
