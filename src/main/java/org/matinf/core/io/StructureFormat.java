package org.matinf.core.io;

import java.util.Locale;

/** The structure file formats MatInf reads and writes. */
public enum StructureFormat {
    /** Crystallographic Information File. */
    CIF("cif", "cif", "mcif"),
    /** VASP POSCAR / CONTCAR (VASP 4 and 5). */
    POSCAR("poscar", "vasp", "poscar", "contcar"),
    /** XYZ: extended XYZ with a {@code Lattice="..."} comment is periodic, plain XYZ is a molecule. */
    XYZ("xyz", "xyz", "extxyz"),
    /** pymatgen's {@code Structure.as_dict()} JSON. */
    JSON("json", "json");

    private final String key;
    private final String[] extensions;

    StructureFormat(String key, String... extensions) {
        this.key = key;
        this.extensions = extensions;
    }

    /** The short lower-case name used in macros ("cif", "poscar", "xyz", "json"). */
    public String key() {
        return key;
    }

    /** The usual file extension for writing. */
    public String extension() {
        return extensions[0];
    }

    /** Format from its short name ("cif", "POSCAR", "vasp", ...). */
    public static StructureFormat fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (StructureFormat f : values()) {
            if (f.key.equals(n)) {
                return f;
            }
            for (String e : f.extensions) {
                if (e.equals(n)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("Unknown structure format '" + name + "' (use cif, poscar, xyz or json)");
    }

    /**
     * Format guessed from a file name: extension first, then VASP's names (POSCAR, CONTCAR,
     * POSCAR.relax, ...). Returns null when the name says nothing.
     */
    public static StructureFormat fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        if (dot >= 0) {
            String ext = n.substring(dot + 1);
            for (StructureFormat f : values()) {
                for (String e : f.extensions) {
                    if (e.equals(ext)) {
                        return f;
                    }
                }
            }
        }
        if (n.startsWith("poscar") || n.startsWith("contcar") || n.contains("poscar") || n.contains("contcar")) {
            return POSCAR;
        }
        return null;
    }
}
