package org.cxlint.engine;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cxlint.rules.MatchRules;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RulesException;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** The DRL of a rules directory compiled once per process; any compile error stops the run with file and line. */
public final class RuleBase {
    private final KieBase kieBase;
    private final Set<String> ruleNames;

    private RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
        this.ruleNames = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(Rule::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @param generated the DRL of the packs' match rules ({@link MatchRules}), compiled with the files' own */
    public static RuleBase compile(RuleFiles files, String generated) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> sources = new TreeMap<>(files.drl());
        if (!generated.isEmpty()) sources.put(MatchRules.SOURCE, generated);
        for (var e : sources.entrySet()) {
            var resource = ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(e.getKey());
            kb.add(resource, ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            String errors =
                    kb.getErrors().stream().map(err -> describe(files, err)).collect(Collectors.joining("\n  "));
            throw new RulesException("rules failed to compile:\n  " + errors);
        }
        return new RuleBase(kb.newKieBase());
    }

    private static String describe(RuleFiles files, KnowledgeBuilderError err) {
        String file = err.getResource() == null ? "?" : err.getResource().getSourcePath();
        String lines = err.getLines() == null || err.getLines().length == 0 ? "" : ":" + err.getLines()[0];
        return files.where(file) + lines + ": " + err.getMessage().strip();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Set<String> ruleNames() {
        return ruleNames;
    }
}
