package org.matinf.core.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matinf.core.structure.StructureException;

/** Numbers as CIF writes them: "5.431", "5.431(2)" (standard uncertainty dropped), "-1.2e-3", ".5". */
final class CifNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)(?:\\(\\d*\\)?)?");

    private CifNumbers() {
    }

    /** The number, or a StructureException naming the tag and line if the value is not one. */
    static double parse(CifParser.Token t, String source, String tag) {
        if (CifBlock.isMissing(t)) {
            throw new StructureException(source, t == null ? 0 : t.line, tag + " has no value ('?' or '.')");
        }
        Matcher m = NUMBER.matcher(t.text.strip());
        if (!m.matches()) {
            throw new StructureException(source, t.line, tag + " is '" + t.text + "', not a number");
        }
        double v = Double.parseDouble(m.group(1));
        if (!Double.isFinite(v)) {
            throw new StructureException(source, t.line, tag + " is '" + t.text + "', too large");
        }
        return v;
    }
}
