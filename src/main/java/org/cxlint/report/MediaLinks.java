package org.cxlint.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.result.Report;

/**
 * {@code --media-url TEMPLATE}: a link to the recording at each finding's time. Placeholders: {@code {id}}
 * the transcript id, {@code {file}} the input's file name (no folder), {@code {start}} whole seconds from
 * the start of the call (rounded down; 0 for the transcript's own link). Values are URL-encoded.
 */
public final class MediaLinks {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final List<String> KNOWN = List.of("id", "file", "start");
    private final String template;

    /** @throws IllegalArgumentException naming what is wrong with the template */
    public MediaLinks(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new IllegalArgumentException(
                        "unknown placeholder {" + m.group(1) + "} (known: {id}, {file}, {start})");
            }
        }
        // a link on a coach's page must lead to a recording, never run anything (javascript:, data:)
        Matcher scheme = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):").matcher(template);
        if (scheme.find()
                && !List.of("http", "https", "file").contains(scheme.group(1).toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "links must be http, https, file or relative, not " + scheme.group(1) + ":");
        }
        this.template = template;
    }

    public String link(String id, String source, Double start) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "id" -> encode(id == null ? "" : id);
                case "file" -> encode(fileName(source, id));
                default -> String.valueOf((long) Math.floor(start == null ? 0 : Math.max(0, start)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The report with a link on the transcript (at 0) and on every finding that has a time. */
    public Report apply(Report r) {
        Report.TranscriptInfo t = r.transcript();
        List<Report.Item> items = new ArrayList<>();
        for (Report.Item f : r.findings()) {
            items.add(
                    f.time() == null
                            ? f
                            : f.at(
                                    f.time(),
                                    f.evidence(),
                                    link(t.id(), t.source(), f.time().start())));
        }
        return r.with(t.withMedia(link(t.id(), t.source(), 0.0)), items);
    }

    /** The file part of {@code source}: without its folder, and without {@code #id} when the file holds many transcripts. */
    static String fileName(String source, String id) {
        if (source == null) return "";
        String path = id != null && source.endsWith("#" + id)
                ? source.substring(0, source.length() - id.length() - 1)
                : source;
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
