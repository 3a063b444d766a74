package org.matinf.core.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the text form of a {@link PreprocessingRecipe}, one "; "-separated part per step. */
final class RecipeParser {
    private final String part;
    private final List<String> words = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private RecipeParser(String part) {
        this.part = part;
        for (String w : part.trim().split("\\s+")) {
            int eq = w.indexOf('=');
            if (eq > 0) {
                if (values.put(w.substring(0, eq), w.substring(eq + 1)) != null) {
                    throw fail("'" + w.substring(0, eq) + "' is given twice");
                }
            } else {
                words.add(w);
            }
        }
    }

    static PreprocessingRecipe parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty preprocessing recipe");
        }
        String body = text.trim();
        if (body.startsWith(PreprocessingRecipe.PREFIX)) {
            body = body.substring(PreprocessingRecipe.PREFIX.length()).trim();
        }
        if (body.equals("none") || body.isEmpty()) {
            return PreprocessingRecipe.NONE;
        }
        List<PreprocessingStep> steps = new ArrayList<>();
        for (String part : body.split(";")) {
            if (!part.isBlank()) {
                steps.add(new RecipeParser(part.trim()).step());
            }
        }
        return PreprocessingRecipe.of(steps.toArray(new PreprocessingStep[0]));
    }

    private PreprocessingStep step() {
        try {
            return read();
        } catch (IllegalArgumentException ex) {
            throw ex.getMessage().startsWith("recipe step '") ? ex : fail(ex.getMessage());
        }
    }

    private PreprocessingStep read() {
        if (words.isEmpty()) {
            throw fail("no step name");
        }
        String name = words.get(0);
        PreprocessingStep step = switch (name) {
            case "hotpixels" -> new HotPixelFilter(number("k"));
            case "gaussian" -> new GaussianFilter(number("sigma"));
            case "median" -> new MedianFilter(number("r"));
            case "background" -> background();
            case "normalise" -> normalisation();
            case "log" -> IntensityScaling.log();
            case "gamma" -> IntensityScaling.gamma(parse("gamma", word()));
            case "mask" -> new CircularMask(number("r"), centre(), values.containsKey("outside") ? number("outside") : 0);
            case "resize" -> resize();
            case "bin" -> Resampling.bin(integer(word()), optional("sum"));
            default -> throw fail("unknown step '" + name + "'");
        };
        if (!values.isEmpty()) {
            throw fail("unknown setting '" + values.keySet().iterator().next() + "'");
        }
        if (words.size() > 1) {
            throw fail("unexpected '" + words.get(words.size() - 1) + "'");
        }
        return step;
    }

    private PreprocessingStep background() {
        String method = word();
        return switch (method) {
            case "rolling-ball" -> {
                boolean light = optional("light");
                boolean noSmooth = optional("no-presmooth");
                yield new RollingBallBackground(number("r"), light, !noSmooth);
            }
            case "polynomial" -> new PolynomialBackground(integer(take("order")));
            case "radial-median" -> new RadialMedianBackground(centre(), values.containsKey("width") ? number("width") : 1);
            default -> throw fail("unknown background '" + method + "' (rolling-ball, polynomial or radial-median)");
        };
    }

    private PreprocessingStep normalisation() {
        String kind = word();
        return switch (kind) {
            case "min-max" -> Normalisation.minMax();
            case "z-score" -> Normalisation.zScore();
            case "percentile" -> {
                String range = word();
                int dash = range.indexOf('-', 1);
                if (dash < 0) {
                    throw fail("percentiles must be written low-high, e.g. 1-99.5");
                }
                yield Normalisation.percentile(parse("p_low", range.substring(0, dash)), parse("p_high", range.substring(dash + 1)));
            }
            default -> throw fail("unknown normalisation '" + kind + "' (min-max, z-score or percentile)");
        };
    }

    private PreprocessingStep resize() {
        String size = word();
        String[] wh = size.split("x");
        if (wh.length != 2) {
            throw fail("size must be written WIDTHxHEIGHT, e.g. 256x256");
        }
        String method = word();
        if (!method.equals("bilinear") && !method.equals("area")) {
            throw fail("resize method must be bilinear or area, got '" + method + "'");
        }
        return Resampling.resize(integer(wh[0]), integer(wh[1]), method.equals("area"));
    }

    /** Removes and returns the word after the step name (words are consumed in order). */
    private String word() {
        if (words.size() < 2) {
            throw fail("something is missing after '" + words.get(0) + "'");
        }
        return words.remove(1);
    }

    /** True (and consumed) if {@code flag} is among the words after the step name. */
    private boolean optional(String flag) {
        return words.size() >= 2 && words.subList(1, words.size()).remove(flag);
    }

    private String take(String key) {
        String v = values.remove(key);
        if (v == null) {
            throw fail("'" + key + "=' is missing");
        }
        return v;
    }

    private double number(String key) {
        return parse(key, take(key));
    }

    private double parse(String what, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            throw fail(what + " must be a number, got '" + v + "'");
        }
    }

    private int integer(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException ex) {
            throw fail("'" + v + "' is not a whole number");
        }
    }

    private PixelPoint centre() {
        String v = values.remove("centre");
        if (v == null) {
            return null;
        }
        double[] xy = Arrays.stream(v.split(",")).mapToDouble(s -> parse("centre", s)).toArray();
        if (xy.length != 2) {
            throw fail("centre must be written x,y, got '" + v + "'");
        }
        return new PixelPoint(xy[0], xy[1]);
    }

    private IllegalArgumentException fail(String problem) {
        return new IllegalArgumentException("recipe step '" + part + "': " + problem);
    }
}
