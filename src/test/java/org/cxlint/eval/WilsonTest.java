package org.cxlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WilsonTest {
    @Test
    void matchesPublishedValues() {
        // Wilson 95% for 8/10 is 0.490-0.943, for 0/10 0-0.278, for 10/10 0.722-1 (Newcombe 1998, table I method 3)
        Wilson w = Wilson.of(8, 10);
        assertEquals(0.490, w.low(), 0.001);
        assertEquals(0.943, w.high(), 0.001);
        assertEquals(0.0, Wilson.of(0, 10).low(), 1e-9);
        assertEquals(0.278, Wilson.of(0, 10).high(), 0.001);
        assertEquals(0.722, Wilson.of(10, 10).low(), 0.001);
        assertEquals(1.0, Wilson.of(10, 10).high(), 1e-9);
    }

    @Test
    void noTrialsHasNoInterval() {
        assertNull(Wilson.of(0, 0));
        assertNull(new Counts(0, 0, 0).precision());
        assertNull(new Counts(0, 0, 0).precisionInterval());
    }
}
