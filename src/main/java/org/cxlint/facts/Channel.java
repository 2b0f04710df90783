package org.cxlint.facts;

/** How the interaction happened (call, chat, email, script...), for rules that differ by channel. */
public record Channel(String name) {
    public String getName() {
        return name;
    }
}
