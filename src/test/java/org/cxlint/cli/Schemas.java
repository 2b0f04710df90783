package org.cxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/** Validates reports against the vendored published schemas (src/test/resources/schemas), SARIF also with the Multitool. */
final class Schemas {
    private static JsonSchema sarif;
    private static javax.xml.validation.Schema junit;

    private Schemas() {}

    static synchronized void assertValidSarif(String json) throws Exception {
        if (sarif == null) {
            try (InputStream in = Schemas.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
                sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                        .getSchema(in);
            }
        }
        JsonNode doc = new ObjectMapper().readTree(json);
        Set<ValidationMessage> errors = sarif.validate(doc);
        assertEquals(Set.of(), errors, "SARIF output is not valid against sarif-schema-2.1.0.json");
        // every SARIF a test checks also goes to the Multitool when it is installed (SarifMultitoolTest says when not)
        if (SarifMultitool.installed()) {
            assertEquals(java.util.List.of(), SarifMultitool.problems(json), "SARIF Multitool validate");
        }
    }

    static synchronized void assertValidJUnit(String xml) throws Exception {
        if (junit == null) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            junit = f.newSchema(Schemas.class.getResource("/schemas/JUnit.xsd"));
        }
        // throws SAXParseException with line and column on the first violation
        junit.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
