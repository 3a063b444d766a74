package org.matinf.fiji.structure;

import ij.Prefs;
import java.util.Optional;
import org.matinf.core.materialsproject.MpApiKey;

/**
 * Where MatInf's Fiji commands find the Materials Project API key: the environment variable
 * {@code MP_API_KEY} first, else ImageJ's preferences (IJ_Prefs.txt, set by the command
 * "Materials Project API Key"). The key is never a command parameter, so a recorded macro never
 * holds it.
 */
public final class MaterialsProjectKey {
    /** The preference key (ImageJ's preferences file holds it as {@code .matinf.mp_api_key}). */
    static final String PREFERENCE = "matinf.mp_api_key";

    private MaterialsProjectKey() {
    }

    /** The key to use, if any. */
    public static Optional<MpApiKey> find() {
        Optional<MpApiKey> env = MpApiKey.fromEnvironment();
        if (env.isPresent()) {
            return env;
        }
        String stored = Prefs.get(PREFERENCE, null);
        return stored == null || stored.isBlank() ? Optional.empty() : Optional.of(MpApiKey.of(stored));
    }

    /** True when {@code MP_API_KEY} is set (it takes precedence over a stored key). */
    static boolean inEnvironment() {
        return MpApiKey.fromEnvironment().isPresent();
    }

    /** True when the preferences hold a key. */
    static boolean stored() {
        String s = Prefs.get(PREFERENCE, null);
        return s != null && !s.isBlank();
    }

    /**
     * Keeps a key in the preferences (in memory; {@link #save()} writes the preferences file).
     *
     * @throws IllegalArgumentException for text that is not a usable key (the message does not repeat it)
     */
    static void store(String text) {
        MpApiKey.of(text);
        Prefs.set(PREFERENCE, text.strip());
    }

    /** Removes the stored key. */
    static void forget() {
        Prefs.set(PREFERENCE, null);
    }

    /** Writes ImageJ's preferences file now (Fiji also writes it when it quits). */
    static void save() {
        Prefs.savePreferences();
    }
}
