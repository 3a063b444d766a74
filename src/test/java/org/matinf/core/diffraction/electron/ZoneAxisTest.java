package org.matinf.core.diffraction.electron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ZoneAxisTest {

    @Test
    void parsesThreeAndFourIndexForms() {
        assertEquals(new ZoneAxis(0, 0, 1), ZoneAxis.parse("0 0 1"));
        assertEquals(new ZoneAxis(1, 1, 0), ZoneAxis.parse("[1 1 0]"));
        assertEquals(new ZoneAxis(1, -1, 0), ZoneAxis.parse(" 1,-1, 0 "));
        assertEquals(new ZoneAxis(1, 1, 2), ZoneAxis.parse("+1 +1 +2"));
        // [2 -1 -1 0] = [U-T, V-T, W] = [3 0 0], [1 -1 0 0] = [1 -1 0], [0 0 0 1] = [0 0 1].
        assertEquals(new ZoneAxis(3, 0, 0), ZoneAxis.parse("[2 -1 -1 0]"));
        assertEquals(new ZoneAxis(1, -1, 0), ZoneAxis.parse("1 -1 0 0"));
        assertEquals(new ZoneAxis(0, 0, 1), ZoneAxis.parse("0 0 0 1"));
        assertEquals("[1 -1 0]", new ZoneAxis(1, -1, 0).toString());
    }

    @Test
    void weissZoneLaw() {
        ZoneAxis z = new ZoneAxis(1, 1, 0);
        assertTrue(z.contains(1, -1, 1));
        assertTrue(z.contains(0, 0, 4));
        assertFalse(z.contains(1, 1, 1));
    }

    @Test
    void malformedAxesAreRefusedWithTheText() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZoneAxis.parse("[0 0]")).getMessage()
                .contains("3 integers [u v w] or 4 [U V T W], got '[0 0]'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZoneAxis.parse("0 0 0")).getMessage().contains("[0 0 0] has no direction"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZoneAxis.parse("1 0.5 0")).getMessage().contains("integers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZoneAxis.parse("1 1 1 0")).getMessage().contains("U + V + T = 0"));
        assertThrows(IllegalArgumentException.class, () -> ZoneAxis.parse(""));
        assertThrows(IllegalArgumentException.class, () -> ZoneAxis.parse(null));
        assertThrows(IllegalArgumentException.class, () -> ZoneAxis.parse("1 2 3 4 5"));
    }
}
