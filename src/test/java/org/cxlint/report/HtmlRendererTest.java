package org.cxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cxlint.result.Report;
import org.cxlint.rules.Severity;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static Report.Item item(Severity s, Integer start, Integer end) {
        return new Report.Item(
                "R-" + s.label(),
                "p",
                "c",
                s,
                1,
                1,
                "agent",
                start == null ? null : start + 1,
                start,
                end,
                null,
                null,
                "m",
                null);
    }

    @Test
    void overlappingSpansSplitIntoMarksOfTheWorstSeverityCoveringEachPart() {
        String text = "I can't help <you> & that's that";
        List<Report.Item> items =
                List.of(item(Severity.MINOR, 0, 12), item(Severity.MAJOR, 2, 7), item(Severity.INFO, null, null));
        String html = HtmlRenderer.highlight(text, items, List.of(0, 1, 2));
        assertEquals(
                "<mark class=\"hl sev-minor\" data-findings=\"finding-1\" title=\"R-minor\">I </mark>"
                        + "<mark class=\"hl sev-major\" data-findings=\"finding-1 finding-2\" title=\"R-minor, R-major\">can&#39;t</mark>"
                        + "<mark class=\"hl sev-minor\" data-findings=\"finding-1\" title=\"R-minor\"> help</mark>"
                        + " &lt;you&gt; &amp; that&#39;s that",
                html);
    }

    @Test
    void spansOutsideTheTextAreClampedAndNamesAreSafe() {
        String html = HtmlRenderer.highlight("short", List.of(item(Severity.MAJOR, 3, 99)), List.of(0));
        assertEquals("sho<mark class=\"hl sev-major\" data-findings=\"finding-1\" title=\"R-major\">rt</mark>", html);
        assertEquals("a_b_.txt", HtmlRenderer.safeName("dir/a b\".txt"));
        assertEquals("x.json", HtmlRenderer.safeName("C:\\calls\\x.json"));
    }
}
