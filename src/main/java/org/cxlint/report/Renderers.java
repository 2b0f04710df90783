package org.cxlint.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Output formats by name, as {@code --format} takes them. */
public final class Renderers {
    private static final List<Supplier<Renderer>> ALL = List.of(
            TextRenderer::new,
            JsonRenderer::new,
            LineRenderer::new,
            JUnitRenderer::new,
            SarifRenderer::new,
            CsvRenderer::new,
            JsonlRenderer::new,
            HtmlRenderer::new,
            GitHubRenderer::new);

    private Renderers() {}

    public static Optional<Renderer> byName(String name) {
        return ALL.stream()
                .map(Supplier::get)
                .filter(r -> r.name().equalsIgnoreCase(name))
                .findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(s -> s.get().name()).toList();
    }
}
