package org.matinf.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The documented list of libraries Fiji already ships
 * ({@code update-site/fiji-shipped.txt}): jars named there are declared as
 * dependencies of the plugin but not put on the update site. Entries are Maven
 * artifactIds, {@code *} matching any run of characters; {@code #} starts a
 * comment.
 */
public final class FijiShipped {

	private final List<Pattern> patterns;
	private final List<String> entries;

	private FijiShipped(final List<String> entries) {
		this.entries = List.copyOf(entries);
		this.patterns = entries.stream().map(FijiShipped::glob).toList();
	}

	/**
	 * @param listFile the list, e.g. {@code update-site/fiji-shipped.txt}
	 * @return the parsed list
	 * @throws IOException if the file cannot be read
	 */
	public static FijiShipped read(final Path listFile) throws IOException {
		final List<String> entries = new ArrayList<>();
		for (final String line : Files.readAllLines(listFile)) {
			final int hash = line.indexOf('#');
			final String entry = (hash < 0 ? line : line.substring(0, hash)).trim();
			if (!entry.isEmpty()) entries.add(entry);
		}
		return new FijiShipped(entries);
	}

	/**
	 * @param entries artifactIds or globs
	 * @return a list holding exactly these entries
	 */
	public static FijiShipped of(final String... entries) {
		return new FijiShipped(List.of(entries));
	}

	/** @return the entries as written, in order */
	public List<String> entries() {
		return entries;
	}

	/**
	 * @param filename a jar's name or path, versioned or not, e.g.
	 *          {@code target/lib/jackson-core-2.19.2.jar} or
	 *          {@code jars/jackson-core.jar}
	 * @return whether Fiji ships that library
	 */
	public boolean contains(final String filename) {
		final String base = Unversioned.baseName(filename);
		return patterns.stream().anyMatch(p -> p.matcher(base).matches());
	}

	private static Pattern glob(final String entry) {
		final List<String> literals = new ArrayList<>();
		for (final String part : entry.split("\\*", -1))
			literals.add(Pattern.quote(part));
		return Pattern.compile(String.join(".*", literals));
	}
}
