package org.matinf.fiji.launcher;

import ij.ImagePlus;
import ij.WindowManager;
import java.lang.reflect.Field;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

/**
 * Fills a command's {@code @Parameter ImagePlus} inputs with ImageJ's current image, as Fiji's
 * imagej-legacy does, so commands that work on an image run the same way under MatInf's ImageJ
 * 1.x launcher. A field left null (no image open) is reported by the command itself.
 */
final class ActiveImage {
    private ActiveImage() {
    }

    static void inject(Object command) {
        for (Class<?> c = command.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null && p.type() != ItemIO.OUTPUT && ImagePlus.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    try {
                        if (f.get(command) == null) {
                            f.set(command, WindowManager.getCurrentImage());
                        }
                    } catch (IllegalAccessException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
        }
    }
}
