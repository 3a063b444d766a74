package org.matinf.core.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WavelengthsTest {

    @Test
    void tableHasPymatgensLines() {
        assertEquals(24, Wavelengths.table().size());
        assertEquals(1.54184, Wavelengths.table().get("CuKa"));
        assertEquals(0.559421, Wavelengths.table().get("AgKa1"));
        assertEquals(1.75661, Wavelengths.table().get("FeKb1"));
    }

    @Test
    void linesAsUsersWriteThem() {
        assertEquals(1.54184, Wavelengths.parse("CuKa"));
        assertEquals(1.54056, Wavelengths.parse("CuKa1"));
        assertEquals(1.54439, Wavelengths.parse("Cu Kα2"));
        assertEquals(0.63229, Wavelengths.parse("MoKb"));
        assertEquals(0.63229, Wavelengths.parse("mokb1"));
        assertEquals(2.291, Wavelengths.parse("Cr K-alpha"));
        assertEquals(1.79026, Wavelengths.parse("CoKa"));
        assertEquals(1.93604, Wavelengths.line("FeKa1"));
    }

    @Test
    void numbersAndEnergies() {
        assertEquals(1.5406, Wavelengths.parse("1.5406"));
        assertEquals(1.5406, Wavelengths.parse(" 1.5406 Å "));
        assertEquals(1.5406, Wavelengths.parse("1.5406 A"));
        assertEquals(1.5406, Wavelengths.parse("0.15406 nm"), 1e-15);
        assertEquals(12.398419843320026 / 8.04, Wavelengths.parse("8.04 keV"));
        assertEquals(12.398419843320026 / 17.479, Wavelengths.parse("17479 eV"), 1e-15);
        assertEquals(1.5406, Wavelengths.fromEnergy(12.398419843320026 / 1.5406), 1e-15);
        assertEquals(0.5, XrdCalculator.builder().wavelength("0.5").build().wavelength());
        assertEquals(0.71073, XrdCalculator.builder().wavelength("MoKa").build().wavelength());
    }

    @Test
    void nonsenseIsRejected() {
        for (String bad : new String[] {"", "  ", "XxKa", "CuKb2", "CuKg", "-1.5", "0", "0 keV", "1.5 furlongs", "Cu"}) {
            assertThrows(IllegalArgumentException.class, () -> Wavelengths.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Wavelengths.parse(null));
        assertThrows(IllegalArgumentException.class, () -> Wavelengths.fromEnergy(-3));
    }
}
