package org.matinf.core.diffraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matinf.core.io.StructureIO;

/**
 * Text handling shared by the pattern readers: decoding bytes (UTF-8, UTF-16 with a byte order
 * mark, Shift-JIS for Rigaku files, else Latin-1), splitting lines, strict number parsing and
 * wavelengths written in comments.
 */
final class ScanText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d{1,4})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d{1,4})?");
    private static final Pattern WAVELENGTH = Pattern.compile(
            "(?i)(?:wavelength|lambda|λ)\\s*(?:\\(\\s*(?:Å|A|angstroms?)\\s*\\))?\\s*[:=]?\\s*([0-9]*\\.?[0-9]+)\\s*(nm|Å|A|angstroms?)?");
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private ScanText() {
    }

    /** Refuses binary data; the message names the file. */
    static void requireText(byte[] bytes, String source) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
        if (!utf16 && StructureIO.looksBinary(bytes)) {
            throw new PatternException(source, 0, "this is a binary file, not a text pattern file");
        }
    }

    /** The text of the bytes; Shift-JIS is tried before Latin-1 when {@code japanese} is set. */
    static String decode(byte[] bytes, boolean japanese) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null && japanese) {
            text = strict(bytes, SHIFT_JIS);
        }
        if (text == null) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            return null;
        }
    }

    /** Lines of the text (CRLF, CR or LF); a final line break does not start an empty line. */
    static String[] lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] all = t.split("\\R", -1);
        return all.length > 1 && all[all.length - 1].isEmpty() ? Arrays.copyOf(all, all.length - 1) : all;
    }

    /** True if the token is a number in plain or exponent notation (Fortran D exponents too). */
    static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    /** True if the token is a number written with a decimal comma, e.g. 12,5. */
    static boolean isDecimalCommaNumber(String token) {
        return DECIMAL_COMMA.matcher(token).matches();
    }

    /** The value of a token accepted by {@link #isNumber} or {@link #isDecimalCommaNumber}. */
    static double parse(String token) {
        return Double.parseDouble(token.replace(',', '.').replace('d', 'e').replace('D', 'e'));
    }

    /** A wavelength in Å named in a comment or header line ("wavelength: 1.5406"), or NaN. */
    static double wavelengthIn(String line) {
        Matcher m = WAVELENGTH.matcher(line);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        if ("nm".equalsIgnoreCase(m.group(2))) {
            v *= 10;
        }
        return v > 0.01 && v < 20 ? v : Double.NaN;
    }

    /** The string shortened for messages, so that junk input does not flood the error. */
    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
