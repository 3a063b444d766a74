package org.matinf.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names without their version, the key under which the ImageJ updater
 * identifies a file across versions (it names dependencies this way, e.g.
 * {@code jars/parsington.jar} for {@code jars/parsington-3.1.0.jar}).
 * <p>
 * The version is taken to start at the first {@code -} followed by a digit in
 * the last path component, which is how Maven names artifacts
 * ({@code artifactId-version[-classifier].jar}).
 */
public final class Unversioned {

	private static final Pattern VERSIONED = Pattern.compile(
		"(.*/)?([^/]+?)-\\d[^/]*(\\.jar)");

	private Unversioned() {}

	/**
	 * @param filename e.g. {@code jars/matinf-0.1.0-SNAPSHOT.jar}
	 * @return e.g. {@code jars/matinf.jar}; {@code filename} itself when it has
	 *         no version
	 */
	public static String filename(final String filename) {
		final Matcher m = VERSIONED.matcher(filename);
		if (!m.matches()) return filename;
		return (m.group(1) == null ? "" : m.group(1)) + m.group(2) + m.group(3);
	}

	/**
	 * @param filename e.g. {@code jars/jackson-core-2.19.2.jar}
	 * @return the artifact's base name, e.g. {@code jackson-core}
	 */
	public static String baseName(final String filename) {
		final String unversioned = filename(filename);
		final String name = unversioned.substring(unversioned.lastIndexOf('/') +
			1);
		return name.endsWith(".jar") ? name.substring(0, name.length() - 4)
			: name;
	}
}
