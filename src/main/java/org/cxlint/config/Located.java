package org.cxlint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * A scalar of the configuration file with the line it stands on, so a value that only turns out wrong
 * later (a rule id no loaded rule has, a folder that does not exist) is still reported at its line.
 *
 * @param line 1-based, or 0 when the value came from the command line
 */
@JsonDeserialize(using = Located.Reader.class)
public record Located(String value, int line) {
    public static Located option(String value) {
        return new Located(value, 0);
    }

    static final class Reader extends JsonDeserializer<Located> {
        @Override
        public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                return (Located) ctxt.handleUnexpectedToken(Located.class, p);
            }
            return new Located(p.getValueAsString(), p.currentTokenLocation().getLineNr());
        }
    }
}
