package org.matinf.fiji.launcher;

import ij.ImagePlus;
import ij.Macro;
import ij.gui.GenericDialog;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;
import org.scijava.widget.FileWidget;

/**
 * One user input of a SciJava command: a field annotated {@code @Parameter} that is not a
 * service, context, output, message or image (images are the active image, see
 * {@link ActiveImage}). Its macro key is the field name, as in Fiji, where
 * imagej-legacy matches macro options to field names. Supported types: String (optionally with
 * choices), File, int, long, double, float, boolean and their boxed forms.
 */
public final class CommandInput {
    private final Field field;
    private final Parameter parameter;

    private CommandInput(Field field, Parameter parameter) {
        this.field = field;
        this.parameter = parameter;
        field.setAccessible(true);
    }

    /** The inputs of a command class, superclass fields first, in declaration order. */
    public static List<CommandInput> of(Class<?> commandClass) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = commandClass; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<CommandInput> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null && isUserInput(f, p)) {
                    out.add(new CommandInput(f, p));
                }
            }
        }
        return out;
    }

    private static boolean isUserInput(Field f, Parameter p) {
        return !Service.class.isAssignableFrom(f.getType()) && !Context.class.isAssignableFrom(f.getType())
                && !ImagePlus.class.isAssignableFrom(f.getType())
                && p.type() != ItemIO.OUTPUT && p.visibility() != ItemVisibility.MESSAGE;
    }

    /** The macro key: the field name. */
    public String name() {
        return field.getName();
    }

    /** The dialog label. */
    public String label() {
        return parameter.label().isEmpty() ? name() : parameter.label();
    }

    /** True when the command needs a value (SciJava's {@code required}, the default). */
    public boolean required() {
        return parameter.required();
    }

    /** The current value of the field in a command. */
    public Object get(Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Sets the field from the macro options. A key that is absent leaves the field's default,
     * except for booleans, where (as in ImageJ) an absent key means false.
     *
     * @throws IllegalArgumentException for a value of the wrong kind, naming the key
     */
    public void setFromOptions(Object command, String options) {
        Class<?> t = field.getType();
        if (t == boolean.class || t == Boolean.class) {
            String v = Macro.getValue(options, name(), null);
            set(command, v == null ? MacroOptions.keys(options).contains(name()) : parseBoolean(v));
            return;
        }
        String v = Macro.getValue(options, name(), null);
        if (v != null) {
            set(command, convert(v));
        }
    }

    /** True when a required input has no value. */
    public boolean isMissing(Object command) {
        Object v = get(command);
        return required() && (v == null || v instanceof String && ((String) v).isBlank()
                || v instanceof File && ((File) v).getPath().isBlank());
    }

    /** Adds a field for this input to a dialog, showing the current value. */
    public void addTo(GenericDialog gd, Object command) {
        Object v = get(command);
        Class<?> t = field.getType();
        if (t == File.class) {
            String path = v == null ? "" : ((File) v).getPath();
            if (FileWidget.DIRECTORY_STYLE.equals(parameter.style())) {
                gd.addDirectoryField(label(), path);
            } else {
                gd.addFileField(label(), path);
            }
        } else if (t == boolean.class || t == Boolean.class) {
            gd.addCheckbox(label(), Boolean.TRUE.equals(v));
        } else if (isNumber(t)) {
            boolean integer = t == int.class || t == Integer.class || t == long.class || t == Long.class;
            gd.addNumericField(label(), v == null ? 0 : ((Number) v).doubleValue(), integer ? 0 : 3);
        } else if (parameter.choices().length > 0) {
            String[] choices = parameter.choices();
            gd.addChoice(label(), choices, v == null ? choices[0] : v.toString());
        } else {
            gd.addStringField(label(), v == null ? "" : v.toString(), 25);
        }
    }

    /** Reads this input back from a dialog, in the order the fields were added. */
    public void readFrom(GenericDialog gd, Object command) {
        Class<?> t = field.getType();
        if (t == boolean.class || t == Boolean.class) {
            set(command, gd.getNextBoolean());
        } else if (isNumber(t)) {
            set(command, convert(Double.toString(gd.getNextNumber())));
        } else if (t != File.class && parameter.choices().length > 0) {
            set(command, gd.getNextChoice());
        } else {
            set(command, convert(gd.getNextString()));
        }
    }

    private Object convert(String text) {
        Class<?> t = field.getType();
        String v = text.trim();
        if (t == String.class) {
            checkChoice(text);
            return text;
        }
        if (t == File.class) {
            return new File(v);
        }
        try {
            if (t == double.class || t == Double.class) {
                return Double.parseDouble(v);
            }
            if (t == float.class || t == Float.class) {
                return Float.parseFloat(v);
            }
            if (t == int.class || t == Integer.class) {
                return (int) wholeNumber(v);
            }
            if (t == long.class || t == Long.class) {
                return wholeNumber(v);
            }
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name() + " must be a number; got '" + text + "'");
        }
        throw new IllegalStateException("MatInf's launcher cannot set a parameter of type " + t.getName() + " (" + name() + ")");
    }

    private static long wholeNumber(String v) {
        double d = Double.parseDouble(v);
        if (d != Math.rint(d) || Math.abs(d) > Long.MAX_VALUE) {
            throw new NumberFormatException(v);
        }
        return (long) d;
    }

    private void checkChoice(String text) {
        String[] choices = parameter.choices();
        if (choices.length > 0 && !Arrays.asList(choices).contains(text)) {
            throw new IllegalArgumentException(name() + " must be one of " + String.join(", ", choices) + "; got '" + text + "'");
        }
    }

    private boolean parseBoolean(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException(name() + " must be true or false; got '" + v + "'");
    }

    private static boolean isNumber(Class<?> t) {
        return Number.class.isAssignableFrom(t) || t == int.class || t == long.class || t == double.class || t == float.class;
    }

    private void set(Object command, Object value) {
        try {
            field.set(command, value);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
