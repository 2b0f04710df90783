package org.cxlint.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Links every transcript page to the index and to the previous and next transcript in the index's order
 * (worst first). That order is known only once the batch is scored, so the links are put into the pages
 * afterwards, at the top and bottom of each page's body; pages are written as they are scored, and a
 * batch never waits in memory.
 */
final class Pager {
    private Pager() {}

    static final String CSS =
            ".pager{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:baseline;font-size:.9rem;margin:.2rem 0 .6rem}"
                    + ".pager .pos{color:#666}.pager a{color:#1565c0}.pager .next{margin-left:auto}";

    /** Adds the links to each page of {@code ordered} (scored transcripts in index order). */
    static void link(Path dir, List<IndexRow> ordered) throws IOException {
        for (int i = 0; i < ordered.size(); i++) {
            Path page = dir.resolve(ordered.get(i).file());
            String html = Files.readString(page, StandardCharsets.UTF_8);
            String nav = nav(i, ordered);
            Files.writeString(page, insert(html, nav), StandardCharsets.UTF_8);
        }
    }

    /** The page with the pager's style in its head and the pager at the start and the end of its body. */
    static String insert(String html, String nav) {
        int head = html.indexOf("</head>");
        int open = html.indexOf("<body", Math.max(head, 0));
        int body = open < 0 ? -1 : html.indexOf('>', open) + 1;
        int end = html.lastIndexOf("</body>");
        if (head < 0 || body <= 0 || end < body)
            throw new IllegalStateException("a transcript page without <head> and <body>");
        return html.substring(0, head) + "<style>" + CSS + "</style>" + html.substring(head, body) + "\n" + nav
                + html.substring(body, end) + nav + "\n" + html.substring(end);
    }

    static String nav(int i, List<IndexRow> ordered) {
        StringBuilder sb = new StringBuilder("<nav class=\"pager\" aria-label=\"Transcripts\">");
        sb.append("<a href=\"index.html\" rel=\"index\">↑ Index</a>");
        sb.append(
                String.format(Locale.ROOT, "<span class=\"pos\">%d of %d, worst first</span>", i + 1, ordered.size()));
        if (i > 0) sb.append(link(ordered.get(i - 1), "prev", "← Previous: "));
        if (i + 1 < ordered.size()) sb.append(link(ordered.get(i + 1), "next", "Next: "));
        return sb.append("</nav>").toString();
    }

    private static String link(IndexRow r, String rel, String label) {
        String text =
                label + r.id() + String.format(Locale.ROOT, " (%.1f)", r.score()) + (rel.equals("next") ? " →" : "");
        return "<a class=\"" + rel + "\" rel=\"" + rel + "\" href=\"" + Encode.forHtmlAttribute(r.file()) + "\">"
                + Encode.forHtml(text) + "</a>";
    }
}
