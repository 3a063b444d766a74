package org.matinf.core.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A model to train: its {@link ModelType} and hyperparameters, every one with a value (defaults
 * filled in). Parsed from macro text such as {@code RandomForest} with
 * {@code trees=500 max_depth=12}; unknown names and unreadable values are refused by name.
 */
public final class ModelSpec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ModelType type;
    private final Map<String, String> values;

    private ModelSpec(ModelType type, Map<String, String> values) {
        this.type = type;
        this.values = values;
    }

    /** The model with its default hyperparameters. */
    public static ModelSpec of(ModelType type) {
        return new ModelSpec(type, type.defaults());
    }

    /**
     * Parses a model name and hyperparameters "name=value" separated by spaces or commas (either may
     * be empty); the name may also carry them: "RandomForest trees=500".
     *
     * @throws IllegalArgumentException for an unknown model or hyperparameter, or a value that is not a number where one is needed
     */
    public static ModelSpec parse(String model, String parameters) {
        String text = (model == null ? "" : model.strip()) + " " + (parameters == null ? "" : parameters.strip());
        String[] words = text.strip().split("[\\s,;]+");
        ModelSpec spec = of(ModelType.of(words[0]));
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0 || eq == words[i].length() - 1) {
                throw new IllegalArgumentException("hyperparameters are written name=value, got '" + words[i] + "'");
            }
            spec = spec.with(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        return spec;
    }

    /**
     * This spec with one hyperparameter changed.
     *
     * @throws IllegalArgumentException if the model has no such hyperparameter or the value is unfit
     */
    public ModelSpec with(String name, String value) {
        String key = values.keySet().stream().filter(k -> k.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.label() + " has no hyperparameter '" + name + "'"
                        + (values.isEmpty() ? " (it has none)" : "; it has " + String.join(", ", values.keySet()))));
        String v = value.strip();
        if (isNumeric(type.defaults().get(key))) {
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d) || d < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(type.label() + " " + key + " must be a number ≥ 0, got '" + value + "'");
            }
        }
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(key, v);
        return new ModelSpec(type, m);
    }

    private static boolean isNumeric(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    public ModelType type() {
        return type;
    }

    /** The hyperparameters, in documentation order. */
    public Map<String, String> values() {
        return new LinkedHashMap<>(values);
    }

    /** A numeric hyperparameter. */
    public double number(String name) {
        return Double.parseDouble(get(name));
    }

    /** A whole-number hyperparameter (a fraction is refused). */
    public int integer(String name) {
        double d = number(name);
        if (d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(type.label() + " " + name + " must be a whole number, got " + get(name));
        }
        return (int) d;
    }

    /** A text hyperparameter, lower case, checked against the allowed choices. */
    public String choice(String name, String... allowed) {
        String v = get(name).toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException(type.label() + " " + name + " must be one of " + String.join(", ", allowed) + ", got '" + get(name) + "'");
    }

    private String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException(type.label() + " has no hyperparameter " + name);
        }
        return v;
    }

    /** "RandomForest trees=500 mtry=0 ..." — parseable by {@link #parse}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.label());
        values.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    /** The hyperparameters that differ from the defaults, "trees=300 mtry=0.5" (empty for none). */
    public String changed() {
        StringBuilder sb = new StringBuilder();
        Map<String, String> d = type.defaults();
        values.forEach((k, v) -> {
            if (!v.equals(d.get(k))) {
                sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    /** As JSON: {"model": "RandomForest", "parameters": {...}}. */
    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", type.label());
        ObjectNode p = o.putObject("parameters");
        values.forEach(p::put);
        return o;
    }

    /** Reads {@link #toJson}'s output. */
    public static ModelSpec fromJson(JsonNode o) {
        ModelSpec spec = of(ModelType.of(o.path("model").asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = o.path("parameters").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            spec = spec.with(e.getKey(), e.getValue().asText());
        }
        return spec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec s && s.type == type && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + values.hashCode();
    }
}
