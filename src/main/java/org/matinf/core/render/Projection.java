package org.matinf.core.render;

import java.util.Locale;

/** How a camera maps the scene onto the picture. */
public enum Projection {
    /** Parallel projection: sizes do not depend on depth (crystallographers' usual view). */
    ORTHOGRAPHIC,
    /** Central projection from an eye at a finite distance: near atoms look larger. */
    PERSPECTIVE;

    /** The projection of a name, case-insensitive ("orthographic", "perspective"). */
    public static Projection parse(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (Projection p : values()) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("projection must be orthographic or perspective, got '" + name + "'");
    }

    /** The lower-case name, as commands take it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
