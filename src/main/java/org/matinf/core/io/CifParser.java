package org.matinf.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.structure.StructureException;

/**
 * Splits CIF 1.1 text into data blocks of tags and values. Handles comments ({@code #} after
 * whitespace), quoted values ('...' and "..." where a quote closes only when followed by whitespace or
 * the end of the line, so {@code 'O'Brien'} is one value), semicolon text fields (a line starting with
 * {@code ;} up to the next such line), an {@code _eof} end mark, quoted values continued over lines (not CIF 1.1, but written by
 * some programs; accepted until a line starts a tag, loop_ or data block), {@code loop_}s, {@code global_} and {@code save_} frames (skipped).
 * Tags are case-insensitive. Values before the first {@code data_} go to an unnamed block. Every
 * problem is a {@link StructureException} with the line.
 */
final class CifParser {
    /** One value or word of the file, with its 1-based line; {@code quoted} for '..', ".." and ;-fields. */
    static final class Token {
        final String text;
        final int line;
        final boolean quoted;

        Token(String text, int line, boolean quoted) {
            this.text = text;
            this.line = line;
            this.quoted = quoted;
        }

        boolean isTag() {
            return !quoted && text.startsWith("_");
        }

        boolean isReserved() {
            if (quoted) {
                return false;
            }
            String t = text.toLowerCase(Locale.ROOT);
            return t.startsWith("data_") || t.equals("loop_") || t.startsWith("save_") || t.equals("global_")
                    || t.equals("stop_");
        }
    }

    private final String source;
    private final List<Token> tokens;
    private int pos;

    private CifParser(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** All data blocks of the text, in file order. */
    static List<CifBlock> parse(String text, String source) {
        return new CifParser(source, tokenize(text, source)).blocks();
    }

    static List<Token> tokenize(String text, String source) {
        return new Lexer(text.split("\\r\\n|\\r|\\n", -1), source).tokens();
    }

    /** Splits lines into tokens. */
    private static final class Lexer {
        private final String[] lines;
        private final String source;
        private final List<Token> out = new ArrayList<>();
        private int lineIndex;

        Lexer(String[] lines, String source) {
            this.lines = lines;
            this.source = source;
        }

        List<Token> tokens() {
            for (lineIndex = 0; lineIndex < lines.length; lineIndex++) {
                if (lines[lineIndex].startsWith(";")) {
                    textField();
                } else {
                    splitLine(lines[lineIndex], 0);
                }
            }
            return out;
        }

        /** Reads the semicolon text field starting on the current line; leaves lineIndex on its last line. */
        private void textField() {
            int start = lineIndex;
            StringBuilder sb = new StringBuilder(lines[start].substring(1));
            for (int j = start + 1; j < lines.length; j++) {
                if (lines[j].startsWith(";")) {
                    out.add(new Token(sb.toString().strip(), start + 1, true));
                    lineIndex = j;
                    splitLine(lines[j], 1);
                    return;
                }
                sb.append('\n').append(lines[j]);
            }
            throw new StructureException(source, start + 1, "text field opened with ';' is never closed (a line"
                    + " starting with ';' must end it)");
        }

        private void splitLine(String line, int from) {
            int n = line.length();
            int i = from;
            while (i < n) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '#') {
                    return;
                } else if (c == '\'' || c == '"') {
                    int end = closingQuote(line, i + 1, c);
                    if (end < 0) {
                        quotedOverLines(line.substring(i + 1), c, i);
                        return;
                    }
                    out.add(new Token(line.substring(i + 1, end), lineIndex + 1, true));
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(line.charAt(i))) {
                        i++;
                    }
                    out.add(new Token(line.substring(start, i), lineIndex + 1, false));
                }
            }
        }

        /**
         * A quoted value not closed on its line. CIF 1.1 forbids this, but some programs write such values
         * over several lines; they are accepted if the closing quote comes before any line that starts a
         * tag, loop_ or data block. Anything else is an unterminated quote.
         */
        private void quotedOverLines(String first, char quote, int column) {
            int start = lineIndex;
            StringBuilder sb = new StringBuilder(first);
            for (int j = start + 1; j < lines.length; j++) {
                String t = lines[j].strip();
                if (t.startsWith("_") || t.startsWith("loop_") || t.startsWith("data_") || lines[j].startsWith(";")) {
                    break;
                }
                int end = closingQuote(lines[j], 0, quote);
                if (end >= 0) {
                    sb.append('\n').append(lines[j], 0, end);
                    out.add(new Token(sb.toString().strip(), start + 1, true));
                    lineIndex = j;
                    splitLine(lines[j], end + 1);
                    return;
                }
                sb.append('\n').append(lines[j]);
            }
            throw new StructureException(source, start + 1, "quote " + quote + " opened in column " + (column + 1)
                    + " is not closed");
        }
    }

    /** Index of the quote that closes a value: one followed by whitespace or the end of the line. */
    private static int closingQuote(String line, int from, char quote) {
        for (int j = from; j < line.length(); j++) {
            if (line.charAt(j) == quote && (j + 1 == line.length() || Character.isWhitespace(line.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private List<CifBlock> blocks() {
        List<CifBlock> blocks = new ArrayList<>();
        CifBlock current = null;
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            String lower = t.text.toLowerCase(Locale.ROOT);
            if (!t.quoted && lower.startsWith("data_")) {
                current = new CifBlock(t.text.substring(5), t.line);
                blocks.add(current);
                pos++;
                continue;
            }
            if (current == null) {
                current = new CifBlock("", t.line);
                blocks.add(current);
            }
            if (!t.quoted && lower.equals("loop_")) {
                pos++;
                loop(current, t);
            } else if (!t.quoted && (lower.startsWith("save_") || lower.equals("global_") || lower.equals("stop_"))) {
                pos++;
            } else if (t.isTag() && lower.equals("_eof")) {
                skipToNextBlock(); // an end mark some programs write
            } else if (t.isTag()) {
                pos++;
                if (pos >= tokens.size() || tokens.get(pos).isTag() || tokens.get(pos).isReserved()) {
                    throw new StructureException(source, t.line, "tag " + t.text + " has no value");
                }
                current.put(t.text, tokens.get(pos++));
            } else {
                throw new StructureException(source, t.line, "value '" + t.text + "' does not belong to any tag");
            }
        }
        return blocks;
    }

    private void skipToNextBlock() {
        pos++;
        while (pos < tokens.size() && !(tokens.get(pos).isReserved()
                && tokens.get(pos).text.toLowerCase(Locale.ROOT).startsWith("data_"))) {
            pos++;
        }
    }

    private void loop(CifBlock block, Token loopToken) {
        List<String> tags = new ArrayList<>();
        while (pos < tokens.size() && tokens.get(pos).isTag()) {
            tags.add(tokens.get(pos++).text);
        }
        if (tags.isEmpty()) {
            throw new StructureException(source, loopToken.line, "loop_ without tags");
        }
        List<Token> values = new ArrayList<>();
        while (pos < tokens.size() && !tokens.get(pos).isTag() && !tokens.get(pos).isReserved()) {
            values.add(tokens.get(pos++));
        }
        if (values.size() % tags.size() != 0) {
            int line = values.isEmpty() ? loopToken.line : values.get(values.size() - 1).line;
            throw new StructureException(source, line, "loop_ starting on line " + loopToken.line + " has "
                    + values.size() + " values for " + tags.size() + " columns (" + tags.get(0)
                    + ", ...); a value is missing or a value with spaces is not quoted");
        }
        block.putLoop(tags, values);
    }
}
