package org.cxlint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML (the Ant format CI servers read, valid against the published JUnit.xsd): one testsuite per
 * expectations suite (or one named "cxlint"), one testcase per transcript. A testcase fails when its
 * verdict lists failures or, with no gate, when the transcript fails the scorecard; an unreadable file
 * is an error. Byte-stable: time is always 0, and the schema's required timestamp and hostname are fixed.
 */
public final class JUnitRenderer implements Renderer {
    static final String TIMESTAMP = "1970-01-01T00:00:00";
    static final String HOSTNAME = "cxlint";
    private static final String DEFAULT_SUITE = "cxlint";

    private record Case(String name, String kind, String message, String body, String out) {}

    private final Map<String, List<Case>> suites = new LinkedHashMap<>();

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void report(PrintWriter out, Report r) {
        Verdict v = r.verdict();
        String suite = v != null && v.suite() != null ? v.suite() : DEFAULT_SUITE;
        List<String> failures = v != null ? v.failures()
                : r.score().pass() ? List.of() : List.of("score " + r.score().overall() + " fails the scorecard (pass mark "
                        + r.score().passMark() + (r.score().criticalFailure() ? ", critical finding" : "") + ")");
        StringBuilder body = new StringBuilder();
        for (Report.Item f : r.findings()) {
            body.append(line(r, f)).append('\n');
        }
        if (v != null) v.notes().forEach(n -> body.append("note: ").append(n).append('\n'));
        String kind = failures.isEmpty() ? null : "failure";
        String message = String.join("; ", failures);
        String score = String.format(Locale.ROOT, "score %.1f\n", v != null ? v.score() : r.score().overall());
        suites.computeIfAbsent(suite, k -> new ArrayList<>())
                .add(new Case(r.transcript().source(), kind, message, body.toString(), kind == null ? score + body : score));
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        suites.computeIfAbsent(DEFAULT_SUITE, k -> new ArrayList<>())
                .add(new Case(error.file(), "error", error.reason(), error.reason(), ""));
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        int id = 0;
        for (var e : suites.entrySet()) {
            List<Case> cases = e.getValue();
            long failures = cases.stream().filter(c -> "failure".equals(c.kind())).count();
            long errors = cases.stream().filter(c -> "error".equals(c.kind())).count();
            out.print("  <testsuite package=\"cxlint\" id=\"" + id++ + "\" name=\"" + attr(e.getKey())
                    + "\" timestamp=\"" + TIMESTAMP + "\" hostname=\"" + HOSTNAME + "\" tests=\"" + cases.size()
                    + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\"0\" time=\"0\">\n");
            out.print("    <properties/>\n");
            for (Case c : cases) {
                out.print("    <testcase name=\"" + attr(c.name()) + "\" classname=\"" + attr(e.getKey()) + "\" time=\"0\"");
                if (c.kind() == null) {
                    out.print("/>\n");
                    continue;
                }
                out.print(">\n      <" + c.kind() + " message=\"" + attr(c.message()) + "\" type=\"cxlint."
                        + ("failure".equals(c.kind()) ? "check" : "input") + "\">" + text(c.body()) + "</" + c.kind()
                        + ">\n    </testcase>\n");
            }
            StringBuilder sysout = new StringBuilder();
            cases.forEach(c -> { if (!c.out().isEmpty()) sysout.append(c.name()).append(": ").append(c.out()); });
            out.print("    <system-out>" + text(sysout.toString()) + "</system-out>\n");
            out.print("    <system-err></system-err>\n");
            out.print("  </testsuite>\n");
        }
        out.print("</testsuites>\n");
        out.flush();
    }

    /** {@code turn 7:12 major OWN-DEFLECT "quote" message Try: ...}, with the status of findings that do not count. */
    static String line(Report r, Report.Item f) {
        StringBuilder b = new StringBuilder();
        if (f.status() != null) b.append('[').append(f.status()).append(": ").append(f.note()).append("] ");
        else if (f.note() != null) b.append('[').append(f.note()).append("] ");
        b.append(r.transcript().source()).append(':').append(f.turn());
        if (f.column() != null) b.append(':').append(f.column());
        b.append(' ').append(f.severity().label()).append(' ').append(f.rule());
        if (f.quote() != null) b.append(" \"").append(f.quote()).append('"');
        b.append(" - ").append(f.message().replace('\n', ' '));
        if (f.suggestion() != null) b.append(" Try: ").append(f.suggestion());
        return b.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** Escapes markup and drops characters XML 1.0 cannot hold at all (controls, U+FFFE, U+FFFF, lone surrogates). */
    private static String text(String s) {
        String legal = SafeText.xml(s);
        StringBuilder b = new StringBuilder(legal.length());
        for (int i = 0; i < legal.length(); i++) {
            char c = legal.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
