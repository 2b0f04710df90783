package org.cxlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cxlint.ingest.InputException;
import org.cxlint.model.Metadata;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;
import org.cxlint.rules.RuleDef;
import org.cxlint.rules.RuleExample;

/**
 * A deterministic synthetic corpus: conversations of everyday service talk in which turns from the rules'
 * own examples (faults, strengths and passes) turn up at random, so every rule gets its chance to fire.
 * The same seed and size always give the same text.
 */
public final class Corpus {
    private static final String[] NAMES = {
        "Dana Ortiz",
        "Sam Lee",
        "Priya Shah",
        "Tom Becker",
        "Ana Souza",
        "Kofi Mensah",
        "Lena Vogel",
        "Omar Haddad",
        "Mei Chen",
        "Jack Byrne"
    };
    private static final String[] ITEMS = {
        "router",
        "blender",
        "laptop",
        "subscription",
        "parcel",
        "phone",
        "invoice",
        "jacket",
        "coffee machine",
        "gift card",
        "headset",
        "mattress",
        "account",
        "order",
        "printer"
    };
    private static final String[] AGENT = {
        "Good morning, you're through to customer support.",
        "Could you give me the order number, please?",
        "Thanks, I can see the order for the {item} here.",
        "It was dispatched on the {n}th and should have arrived by now.",
        "Let me check the tracking details for you.",
        "The courier marked it as delivered at {n} pm yesterday.",
        "I have updated the address on your account.",
        "The refund will show on your statement within {n} working days.",
        "Is the {item} still under warranty?",
        "Our records show the payment went through on Monday.",
        "I'm sending a replacement {item} today by express delivery.",
        "You will get a confirmation email in a few minutes.",
        "Can you read me the serial number on the back of the {item}?",
        "The firmware on that model was updated last week.",
        "I've added a note to the case so anyone you speak to can see the history.",
        "There is a known fault with that batch, and we're replacing them free of charge.",
        "Would a call back tomorrow morning suit you?",
        "The total comes to {n} pounds including delivery.",
        "I have cancelled the duplicate charge.",
        "The technician can visit on Thursday between {n} and {n}.",
        "Your case number is {n}{n}{n}.",
        "Is there anything else on the account I can look at while you're here?",
        "The warehouse in Leeds had a delay with the {item} stock.",
        "It says here the {item} was returned to the depot.",
        "I've emailed you the label for the return.",
    };
    private static final String[] CUSTOMER = {
        "Hi, I'm calling about my {item}.",
        "I ordered a {item} two weeks ago and it still hasn't arrived.",
        "The order number is {n}{n}{n}{n}.",
        "It stopped working after {n} days.",
        "I was charged twice for the same {item}.",
        "Yes, I still have the box and the receipt.",
        "The tracking page hasn't changed since Tuesday.",
        "I moved house last month, so maybe it went to the old address.",
        "Okay, that works for me.",
        "Can you send it to my work address instead?",
        "The light on the front keeps flashing orange.",
        "I tried turning it off and on again but nothing happened.",
        "My neighbour said a van came by on Friday.",
        "How long will the refund take?",
        "I need it before the weekend because it's a present.",
        "The screen shows error {n} when I switch it on.",
        "Fine, thanks for checking.",
        "I've been a customer for {n} years.",
        "Do I need to print the label myself?",
        "That's all for today, thank you.",
    };

    private final List<String> agentExamples = new ArrayList<>();
    private final List<String> customerExamples = new ArrayList<>();

    /** @param rules the loaded rules; their examples' turns are mixed into the conversations */
    public Corpus(Iterable<RuleDef> rules) {
        for (RuleDef r : rules) {
            if (r.examples() == null) continue;
            List<String> all = new ArrayList<>(r.examples().flag());
            all.addAll(r.examples().pass());
            for (int i = 0; i < all.size(); i++) {
                try {
                    for (Turn t : RuleExample.parse(r.id() + "#" + i, all.get(i))
                            .transcript()
                            .turns()) {
                        (t.speaker() == Speaker.AGENT ? agentExamples : customerExamples).add(t.text());
                    }
                } catch (InputException e) {
                    throw new IllegalStateException("rule " + r.id() + ": example " + i + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Every turn of every rule example, agent turns first; the first transcripts of {@link #generate} use them all. */
    public List<String> exampleTurns() {
        List<String> out = new ArrayList<>(agentExamples);
        out.addAll(customerExamples);
        return out;
    }

    /**
     * @param count transcripts to make
     * @param seed  the same seed gives the same corpus
     */
    public List<Transcript> generate(int count, long seed) {
        Random rnd = new Random(seed);
        int nextAgentExample = 0;
        int nextCustomerExample = 0;
        List<Transcript> out = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int turns = 8 + rnd.nextInt(17);
            List<Turn> list = new ArrayList<>(turns);
            for (int i = 0; i < turns; i++) {
                Speaker who = i % 2 == 0 ? Speaker.AGENT : Speaker.CUSTOMER;
                List<String> examples = who == Speaker.AGENT ? agentExamples : customerExamples;
                StringBuilder text = new StringBuilder();
                int sentences = 1 + rnd.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    String sentence;
                    if (!examples.isEmpty() && rnd.nextInt(100) < 12) {
                        // every example is used once, in order, before any is picked at random
                        int k;
                        if (who == Speaker.AGENT)
                            k = nextAgentExample < examples.size() ? nextAgentExample++ : rnd.nextInt(examples.size());
                        else
                            k = nextCustomerExample < examples.size()
                                    ? nextCustomerExample++
                                    : rnd.nextInt(examples.size());
                        sentence = examples.get(k);
                    } else {
                        String[] pool = who == Speaker.AGENT ? AGENT : CUSTOMER;
                        sentence = fill(pool[rnd.nextInt(pool.length)], rnd);
                    }
                    if (text.length() > 0) text.append(' ');
                    text.append(sentence);
                }
                double start = i * 6.0;
                list.add(new Turn(i, who, text.toString(), start, start + 5.0));
            }
            String id = String.format("bench-%05d", c + 1);
            Metadata meta = new Metadata(
                    NAMES[rnd.nextInt(NAMES.length)],
                    "Support",
                    rnd.nextBoolean() ? NAMES[rnd.nextInt(NAMES.length)] : null,
                    "2026-11-0" + (1 + rnd.nextInt(9)),
                    null);
            out.add(new Transcript(id, id + ".txt", "text", rnd.nextBoolean() ? "call" : "chat", meta, list));
        }
        return out;
    }

    private static String fill(String template, Random rnd) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("{item}", i)) {
                sb.append(ITEMS[rnd.nextInt(ITEMS.length)]);
                i += 6;
            } else if (template.startsWith("{n}", i)) {
                sb.append(1 + rnd.nextInt(9));
                i += 3;
            } else {
                sb.append(template.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** The transcript in cxlint's plain-text format (a `.txt` file that `cxlint score` reads back the same). */
    public static String toText(Transcript t) {
        StringBuilder sb = new StringBuilder();
        sb.append("# id: ").append(t.id()).append('\n');
        sb.append("# channel: ").append(t.channel()).append('\n');
        if (t.metadata().agent() != null)
            sb.append("# agent: ").append(t.metadata().agent()).append('\n');
        if (t.metadata().customer() != null)
            sb.append("# customer: ").append(t.metadata().customer()).append('\n');
        if (t.metadata().date() != null)
            sb.append("# date: ").append(t.metadata().date()).append('\n');
        for (Turn turn : t.turns()) {
            sb.append(turn.speaker() == Speaker.AGENT ? "Agent: " : "Customer: ")
                    .append(turn.text().replace('\n', ' '))
                    .append('\n');
        }
        return sb.toString();
    }
}
