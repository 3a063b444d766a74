package org.matinf.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.StructureException;
import org.matinf.core.symmetry.SpaceGroup;
import org.matinf.core.symmetry.SpaceGroups;
import org.matinf.core.symmetry.SymmetryOperation;

/**
 * The symmetry of a CIF data block, in this order: the operations listed in the file
 * ({@code _symmetry_equiv_pos_as_xyz} or {@code _space_group_symop_operation_xyz}); else the
 * Hermann–Mauguin symbol ({@code _symmetry_space_group_name_H-M}, {@code _space_group_name_H-M_alt});
 * else the number ({@code _space_group_IT_number}, {@code _symmetry_Int_Tables_number}); else P1. An R
 * group given without setting suffix on a rhombohedral cell (a = b = c, α = β = γ ≠ 90°) is taken on
 * rhombohedral axes.
 */
final class CifSymmetry {
    private static final String[] OPERATION_TAGS = {"_symmetry_equiv_pos_as_xyz", "_space_group_symop_operation_xyz",
        "_space_group_symop.operation_xyz", "_symmetry_equiv.pos_as_xyz"};
    private static final String[] SYMBOL_TAGS = {"_symmetry_space_group_name_h-m", "_space_group_name_h-m_alt",
        "_space_group.name_h-m_alt", "_symmetry.space_group_name_h-m"};
    private static final String[] NUMBER_TAGS = {"_space_group_it_number", "_symmetry_int_tables_number",
        "_space_group.it_number", "_symmetry.int_tables_number"};

    private CifSymmetry() {
    }

    static SpaceGroup of(CifBlock block, String source, Lattice lattice) {
        String symbol = symbolText(block);
        int number = number(block, source);
        String opTag = block.firstPresent(OPERATION_TAGS);
        if (opTag != null) {
            List<SymmetryOperation> ops = new ArrayList<>();
            for (CifParser.Token t : block.column(opTag)) {
                try {
                    ops.add(SymmetryOperation.parse(t.text));
                } catch (IllegalArgumentException ex) {
                    throw new StructureException(source, t.line, ex.getMessage());
                }
            }
            return new SpaceGroup(number, symbol, ops);
        }
        if (symbol != null) {
            String s = symbol;
            if (s.strip().startsWith("R") && !s.contains(":") && isRhombohedralCell(lattice)
                    && !s.strip().matches(".*\\s[HhRr]$")) {
                s = s + ":R";
            }
            Optional<SpaceGroup> g = SpaceGroups.find(s);
            if (g.isPresent()) {
                return g.get();
            }
            if (number == 0) {
                String tag = block.firstPresent(SYMBOL_TAGS);
                throw new StructureException(source, block.lineOf(tag), "unknown space group '" + symbol
                        + "' and no symmetry operations (_symmetry_equiv_pos_as_xyz) in the file");
            }
        }
        if (number > 0) {
            SpaceGroup g = SpaceGroups.byNumber(number);
            if (g.symbol().startsWith("R") && isRhombohedralCell(lattice)) {
                g = SpaceGroups.bySymbol(g.symbol() + ":R");
            }
            return g;
        }
        return SpaceGroups.byNumber(1);
    }

    private static String symbolText(CifBlock block) {
        String tag = block.firstPresent(SYMBOL_TAGS);
        CifParser.Token t = tag == null ? null : block.value(tag);
        return CifBlock.isMissing(t) || t.text.isBlank() ? null : t.text;
    }

    private static int number(CifBlock block, String source) {
        String tag = block.firstPresent(NUMBER_TAGS);
        CifParser.Token t = tag == null ? null : block.value(tag);
        if (CifBlock.isMissing(t)) {
            return 0;
        }
        double v = CifNumbers.parse(t, source, tag);
        if (v != Math.rint(v) || v < 1 || v > 230) {
            throw new StructureException(source, t.line, tag + " is " + t.text + "; space group numbers run 1..230");
        }
        return (int) v;
    }

    private static boolean isRhombohedralCell(Lattice l) {
        double a = l.a();
        double al = l.alpha();
        return Math.abs(l.b() - a) < 1e-3 * a && Math.abs(l.c() - a) < 1e-3 * a && Math.abs(l.beta() - al) < 1e-2
                && Math.abs(l.gamma() - al) < 1e-2 && Math.abs(al - 90) > 1e-2;
    }
}
