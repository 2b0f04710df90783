package org.cxlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes N synthetic JSON transcripts (good, mixed and bad turns, 12 agents in 3 teams over 6 weeks) for
 * batch tests and memory measurements: {@code java -cp target/test-classes org.cxlint.bench.GenerateTranscripts DIR N}.
 * Deterministic: transcript i is always the same.
 */
public final class GenerateTranscripts {
    static final List<String> AGENT_LINES = List.of(
            "Thanks for calling, this is %s. How can I help you today?",
            "I'm sorry about that, %s. Let me look into it for you right now.",
            "Our policy says refunds take 30 days.",
            "I can't do anything about that. That's not my department.",
            "I will call you back tomorrow before noon with an update.",
            "You need to calm down.",
            "Let me check that for you. I can see the order here.",
            "Is there anything else I can help you with today?",
            "Unfortunately there is nothing I can do.",
            "Thank you for your patience, %s.");
    static final List<String> CUSTOMER_LINES = List.of(
            "Hi, my name is %s and my order arrived broken.",
            "I've been waiting two weeks and nobody has called me back.",
            "Okay, thanks.",
            "This is ridiculous, I'm really frustrated.",
            "Can you refund it to my card instead?",
            "No, that's all. Have a good day.");
    static final List<String> CUSTOMERS = List.of("Tom", "Ana", "Wei", "Fatima", "Olu", "Sven", "Maria", "Raj");

    private GenerateTranscripts() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        write(dir, n);
    }

    public static void write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Files.writeString(
                    dir.resolve(String.format(Locale.ROOT, "call-%06d.json", i)),
                    transcript(i),
                    StandardCharsets.UTF_8);
        }
    }

    static String transcript(int i) {
        int agent = i % 12;
        String customer = CUSTOMERS.get(i % CUSTOMERS.size());
        String date = LocalDate.of(2026, 9, 1).plusDays(i % 42).toString();
        StringBuilder sb = new StringBuilder();
        sb.append("{\"id\": \"call-")
                .append(i)
                .append("\", \"channel\": \"call\", \"metadata\": {\"agent\": \"Agent ")
                .append(agent)
                .append("\", \"team\": \"Team ")
                .append(agent % 3)
                .append("\", \"date\": \"")
                .append(date)
                .append("\"}, \"turns\": [\n");
        int turns = 4 + i % 5;
        long seed = i * 2654435761L;
        for (int t = 0; t < turns; t++) {
            boolean agentTurn = t % 2 == 0;
            List<String> lines = agentTurn ? AGENT_LINES : CUSTOMER_LINES;
            int pick = t == 0 ? 0 : (int) Math.floorMod(seed >> (t * 3), (long) lines.size());
            String text = String.format(Locale.ROOT, lines.get(pick), customer);
            sb.append(t == 0 ? "" : ",\n")
                    .append("  {\"speaker\": \"")
                    .append(agentTurn ? "agent" : "customer")
                    .append("\", \"text\": \"")
                    .append(text.replace("\"", "\\\""))
                    .append("\"}");
        }
        return sb.append("\n]}\n").toString();
    }
}
