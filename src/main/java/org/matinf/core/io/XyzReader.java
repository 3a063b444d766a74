package org.matinf.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matinf.core.element.Element;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

/**
 * Reads XYZ files, one structure per frame (frames follow each other; blank lines between them are
 * skipped). A frame is a line with the atom count, a comment line and one line per atom.
 *
 * <p><b>Extended XYZ</b> (the comment line has {@code Lattice=} or {@code Properties=}):
 * {@code Lattice="ax ay az bx by bz cx cy cz"} gives the cell, {@code Properties} the columns
 * (default {@code species:S:1:pos:R:3}; the species column may instead be {@code Z:I:1}, other
 * columns are skipped; {@code selective_dynamics:L:3} or ASE's {@code move_mask:L:3} become
 * {@link Site#SELECTIVE_DYNAMICS}), {@code pbc="T T T"} the periodicity (default T T T when a
 * lattice is given). With a lattice and any periodic direction the frame is a periodic structure;
 * a {@code comment="..."} value becomes the title.
 *
 * <p><b>Plain XYZ</b> (or extended XYZ without lattice or with {@code pbc="F F F"}): a molecule,
 * i.e. a non-periodic {@link Structure}. Without a lattice the molecule is placed in a box as
 * described in {@link MoleculeBox} (edges = extent of the atoms + 10 Å, atoms shifted 5 Å in from
 * the lower faces). The comment line is the title. An atom line is an element symbol (any case,
 * "C1"-style labels and "Fe2+" accepted) or atomic number, then x y z in Å; more fields are ignored.
 */
final class XyzReader implements StructureReader {
    @Override
    public List<Structure> read(String text, String source) {
        LineCursor in = new LineCursor(text, source);
        List<Structure> frames = new ArrayList<>();
        while (in.skipBlankLines()) {
            frames.add(readFrame(in));
        }
        return frames;
    }

    private static Structure readFrame(LineCursor in) {
        String[] head = LineCursor.tokens(in.next("the atom count"));
        if (head.length != 1) {
            throw in.error("expected the number of atoms alone on the line, found '"
                    + LineCursor.abbreviate(String.join(" ", head)) + "'");
        }
        int n = in.count(head[0], "number of atoms");
        if (n == 0) {
            throw in.error("the frame has no atoms");
        }
        int countLine = in.lineNumber();
        String comment = in.next("the comment line");
        if (n > in.remaining()) {
            throw new StructureException(in.source(), countLine, "the frame has " + n + " atoms but only "
                    + in.remaining() + " lines follow");
        }
        Frame f = ExtendedXyzHeader.isExtended(comment) ? extendedFrame(in, comment) : new Frame(comment.strip());
        List<Site> sites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sites.add(f.site(in, in.next("an atom line")));
        }
        try {
            if (f.lattice == null) {
                return MoleculeBox.box(sites, f.title);
            }
            List<Site> placed = new ArrayList<>(n);
            for (Site s : sites) {
                placed.add(s.withFrac(f.lattice.toFractional(s.frac())));
            }
            return new Structure(f.lattice, placed, f.periodic, f.title);
        } catch (IllegalArgumentException ex) {
            throw new StructureException(in.source(), countLine, "cannot place the atoms of this frame: "
                    + ex.getMessage(), ex);
        }
    }

    private static Frame extendedFrame(LineCursor in, String comment) {
        try {
            Map<String, String> kv = ExtendedXyzHeader.parse(comment);
            Frame f = new Frame(kv.getOrDefault("comment", ""));
            String lat = kv.get("lattice");
            boolean[] pbc = {lat != null, lat != null, lat != null};
            if (kv.containsKey("pbc")) {
                String[] t = LineCursor.tokens(kv.get("pbc"));
                if (t.length != 3) {
                    throw in.error("pbc needs three T/F values");
                }
                for (int k = 0; k < 3; k++) {
                    pbc[k] = ExtendedXyzHeader.logical(t[k]);
                }
            }
            f.periodic = pbc[0] || pbc[1] || pbc[2];
            if (lat != null) {
                f.lattice = lattice(in, lat);
            } else if (f.periodic) {
                throw in.error("pbc says periodic but there is no Lattice=\"...\"");
            }
            f.columns(in, ExtendedXyzHeader.columns(kv.getOrDefault("properties", "species:S:1:pos:R:3")));
            return f;
        } catch (IllegalArgumentException ex) {
            throw in.error("bad extended XYZ comment line: " + ex.getMessage(), ex);
        }
    }

    private static Lattice lattice(LineCursor in, String value) {
        String[] t = LineCursor.tokens(value);
        if (t.length != 9) {
            throw in.error("Lattice needs nine numbers, found " + t.length);
        }
        double[][] m = new double[3][3];
        for (int i = 0; i < 9; i++) {
            m[i / 3][i % 3] = in.number(t[i], "Lattice entry");
        }
        return new Lattice(m);
    }

    /** How the atom lines of one frame are laid out. */
    private static final class Frame {
        final String title;
        Lattice lattice;
        boolean periodic;
        int speciesColumn = 0;
        boolean speciesIsZ;
        int posColumn = 1;
        int selectiveColumn = -1;
        int width = 4;

        Frame(String title) {
            this.title = title;
        }

        void columns(LineCursor in, List<ExtendedXyzHeader.Column> cols) {
            speciesColumn = -1;
            posColumn = -1;
            for (ExtendedXyzHeader.Column c : cols) {
                String name = c.name.toLowerCase(java.util.Locale.ROOT);
                if (speciesColumn < 0 && name.equals("species") && c.type == 'S' && c.count == 1) {
                    speciesColumn = c.first;
                } else if (speciesColumn < 0 && name.equals("z") && c.type == 'I' && c.count == 1) {
                    speciesColumn = c.first;
                    speciesIsZ = true;
                } else if (name.equals("pos") && c.type == 'R' && c.count == 3) {
                    posColumn = c.first;
                } else if ((name.equals("selective_dynamics") || name.equals("move_mask")) && c.type == 'L'
                        && c.count == 3) {
                    selectiveColumn = c.first;
                }
                width = c.first + c.count;
            }
            if (speciesColumn < 0 || posColumn < 0) {
                throw in.error("Properties must include species:S:1 (or Z:I:1) and pos:R:3");
            }
        }

        Site site(LineCursor in, String line) {
            String[] t = LineCursor.tokens(line);
            if (t.length < width) {
                throw in.error("an atom line needs " + width + " fields, found " + t.length);
            }
            String name = t[speciesColumn];
            Element e = speciesIsZ && !name.matches("\\d{1,3}") ? null : ElementSymbols.xyz(name);
            if (e == null) {
                throw in.error("unknown element '" + LineCursor.abbreviate(name) + "'");
            }
            double[] xyz = new double[3];
            for (int k = 0; k < 3; k++) {
                xyz[k] = in.number(t[posColumn + k], "coordinate");
            }
            Map<String, Object> props = null;
            if (selectiveColumn >= 0) {
                boolean[] flags = new boolean[3];
                try {
                    for (int k = 0; k < 3; k++) {
                        flags[k] = ExtendedXyzHeader.logical(t[selectiveColumn + k]);
                    }
                } catch (IllegalArgumentException ex) {
                    throw in.error("selective dynamics: " + ex.getMessage(), ex);
                }
                props = new LinkedHashMap<>();
                props.put(Site.SELECTIVE_DYNAMICS, flags);
            }
            return new Site(Map.of(Species.of(e), 1.0), xyz, null, Double.NaN, Double.NaN, props);
        }
    }
}
