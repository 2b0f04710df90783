package org.cxlint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of the configuration file (a single value counts as a list of one) with the line of the key's
 * value, so an empty list is reported at its line too.
 */
@JsonDeserialize(using = LocatedList.Reader.class)
public record LocatedList(List<Located> items, int line) {
    public LocatedList {
        items = List.copyOf(items);
    }

    /** Values given on the command line (no line). */
    public static LocatedList option(List<String> values) {
        return new LocatedList(values.stream().map(Located::option).toList(), 0);
    }

    public List<String> values() {
        return items.stream().map(Located::value).toList();
    }

    static final class Reader extends JsonDeserializer<LocatedList> {
        @Override
        public LocatedList deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            List<Located> out = new ArrayList<>();
            if (p.currentToken() == JsonToken.START_ARRAY) {
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    out.add(ctxt.readValue(p, Located.class));
                }
            } else {
                out.add(ctxt.readValue(p, Located.class));
            }
            return new LocatedList(out, line);
        }
    }
}
