package org.cxlint.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cxlint.model.Transcript;
import org.cxlint.result.InputError;
import org.cxlint.result.Report;
import org.cxlint.result.Summary;
import org.cxlint.result.Verdict;

/**
 * JUnit XML (the Ant format CI servers read, valid against the published JUnit.xsd), written with the JDK's
 * XMLStreamWriter. One testcase per transcript, classname the expectations suite (or "cxlint"); each testcase
 * sits in a testsuite of its own, because that schema gives testcases no {@code <system-out>} of their own
 * and a case's findings belong beside it, not in one blob for the whole run. A testcase fails when its verdict
 * lists failures or, with no gate, when the transcript fails the scorecard; an unreadable file is an error.
 * Byte-stable: time is always 0, and the schema's required timestamp and hostname are fixed.
 */
public final class JUnitRenderer implements Renderer {
    static final String TIMESTAMP = "1970-01-01T00:00:00";
    static final String HOSTNAME = "cxlint";
    private static final String DEFAULT_SUITE = "cxlint";

    /** @param kind null (passed), "failure" or "error"; out is the case's own system-out */
    private record Case(String suite, String name, String kind, String message, String body, String out) {}

    private final List<Case> cases = new ArrayList<>();

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void report(PrintWriter out, Report r) {
        report(out, r, null);
    }

    @Override
    public void report(PrintWriter out, Report r, Transcript transcript) {
        Verdict v = r.verdict();
        String suite = v != null && v.suite() != null ? v.suite() : DEFAULT_SUITE;
        List<String> failures = v != null
                ? v.failures()
                : r.score().pass()
                        ? List.of()
                        : List.of("score " + r.score().overall() + " fails the scorecard (pass mark "
                                + r.score().passMark() + (r.score().criticalFailure() ? ", critical finding" : "")
                                + ")");
        StringBuilder body = new StringBuilder();
        for (Report.Item f : r.findings()) {
            body.append(line(r, f, transcript)).append('\n');
        }
        if (v != null) v.notes().forEach(n -> body.append("note: ").append(n).append('\n'));
        String kind = failures.isEmpty() ? null : "failure";
        String score = String.format(
                Locale.ROOT, "score %.1f\n", v != null ? v.score() : r.score().overall());
        cases.add(new Case(
                suite, r.transcript().source(), kind, String.join("; ", failures), body.toString(), score + body));
    }

    @Override
    public void error(PrintWriter out, InputError error) {
        cases.add(new Case(DEFAULT_SUITE, error.file(), "error", error.reason(), error.reason(), ""));
    }

    @Override
    public void end(PrintWriter out, Summary summary) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            int id = 0;
            for (Case c : cases) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                attr(x, "package", "cxlint");
                attr(x, "id", String.valueOf(id++));
                attr(x, "name", c.suite());
                attr(x, "timestamp", TIMESTAMP);
                attr(x, "hostname", HOSTNAME);
                attr(x, "tests", "1");
                attr(x, "failures", "failure".equals(c.kind()) ? "1" : "0");
                attr(x, "errors", "error".equals(c.kind()) ? "1" : "0");
                attr(x, "skipped", "0");
                attr(x, "time", "0");
                x.writeCharacters("\n    ");
                x.writeEmptyElement("properties");
                x.writeCharacters("\n    ");
                if (c.kind() == null) {
                    x.writeEmptyElement("testcase");
                    testcase(x, c);
                } else {
                    x.writeStartElement("testcase");
                    testcase(x, c);
                    x.writeCharacters("\n      ");
                    x.writeStartElement(c.kind());
                    attr(x, "message", c.message());
                    attr(x, "type", "failure".equals(c.kind()) ? "cxlint.check" : "cxlint.input");
                    text(x, c.body());
                    x.writeEndElement();
                    x.writeCharacters("\n    ");
                    x.writeEndElement();
                }
                x.writeCharacters("\n    ");
                x.writeStartElement("system-out");
                text(x, c.out());
                x.writeEndElement();
                x.writeCharacters("\n    ");
                x.writeEmptyElement("system-err");
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void testcase(XMLStreamWriter x, Case c) throws XMLStreamException {
        attr(x, "name", c.name());
        attr(x, "classname", c.suite());
        attr(x, "time", "0");
    }

    /**
     * {@code FILE:LINE:COL major OWN-DEFLECT "quote" - message Try: ...}, placed where the reader found the words,
     * with the status of findings that do not count.
     */
    static String line(Report r, Report.Item f, Transcript transcript) {
        StringBuilder b = new StringBuilder();
        if (f.status() != null)
            b.append('[').append(f.status()).append(": ").append(f.note()).append("] ");
        else if (f.note() != null) b.append('[').append(f.note()).append("] ");
        SourceRegion at = SourceRegion.of(transcript, f);
        b.append(SafeText.inputFile(r.transcript().source(), r.transcript().id()))
                .append(':')
                .append(at.startLine())
                .append(':')
                .append(at.startColumn())
                .append(" turn ")
                .append(f.turn());
        b.append(' ').append(f.severity().label()).append(' ').append(f.rule());
        if (f.quote() != null) b.append(" \"").append(f.quote()).append('"');
        b.append(" - ").append(f.message().replace('\n', ' '));
        if (f.suggestion() != null) b.append(" Try: ").append(f.suggestion());
        return b.toString();
    }

    /**
     * The writer escapes markup but not what XML 1.0 cannot hold at all (controls, U+FFFE, U+FFFF, lone
     * surrogates): those are dropped first. Line breaks in an attribute would read back as spaces, so they are
     * spaces already.
     */
    private static void attr(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(
                name,
                SafeText.xml(value)
                        .replace("\r\n", " ")
                        .replace('\n', ' ')
                        .replace('\r', ' ')
                        .replace('\t', ' '));
    }

    private static void text(XMLStreamWriter x, String s) throws XMLStreamException {
        x.writeCharacters(SafeText.xml(s));
    }
}
