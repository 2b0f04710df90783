package org.cxlint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import org.cxlint.rules.Severity;

/** One {@code severity:} entry's value with its line (the rule id is the map key, on the same line). */
@JsonDeserialize(using = SeverityOverride.Reader.class)
public record SeverityOverride(Severity severity, int line) {
    static final class Reader extends JsonDeserializer<SeverityOverride> {
        @Override
        public SeverityOverride deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            if (!p.currentToken().isScalarValue())
                return (SeverityOverride) ctxt.handleUnexpectedToken(Severity.class, p);
            Severity s;
            try {
                s = Severity.parse(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                // reported with this value's line and column
                throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage());
            }
            if (s == Severity.STRENGTH) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(
                        p, "a finding cannot be made a strength (use critical, major, minor or info)");
            }
            return new SeverityOverride(s, line);
        }
    }
}
