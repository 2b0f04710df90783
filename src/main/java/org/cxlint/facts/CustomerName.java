package org.cxlint.facts;

/**
 * The customer's name as far as the transcript tells it: from metadata or from the customer
 * introducing themselves ("my name is Dana Ortiz").
 *
 * @param source "metadata" or "introduction"
 */
public record CustomerName(String name, String source) {
    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }
}
