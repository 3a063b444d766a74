package org.matinf.site;

import java.util.List;

/**
 * One {@code <plugin>} record of an update site's {@code db.xml.gz}: a file
 * in the Fiji directory, its current version (absent when the file is
 * obsolete, i.e. to be removed from users' installations) and the versions it
 * replaced, so that the updater recognises an older copy as "obsolete" rather
 * than "locally modified".
 *
 * @param filename path inside Fiji.app, version included, e.g.
 *          {@code jars/matinf-0.1.0.jar}; on the site the current file lives
 *          at {@code <filename>-<timestamp>}
 * @param current the current version, or {@code null} for an obsolete file
 * @param description text from the jar's POM, or {@code null}
 * @param authors names of the POM's developers
 * @param dependencies files this one needs, by unversioned name
 * @param previous versions replaced earlier, oldest first
 */
public record SiteRecord(String filename, Version current, String description,
	List<String> authors, List<Dependency> dependencies,
	List<PreviousVersion> previous)
{

	/**
	 * The {@code <version>} element.
	 *
	 * @param checksum the updater's checksum, see {@link UpdaterChecksum}
	 * @param timestamp upload time, {@code yyyyMMddHHmmss}
	 * @param filesize bytes
	 */
	public record Version(String checksum, long timestamp, long filesize) {}

	/**
	 * A {@code <dependency>} element.
	 *
	 * @param filename unversioned path, e.g. {@code jars/parsington.jar}
	 * @param timestamp {@code yyyyMMddHHmmss} of the version depended upon
	 */
	public record Dependency(String filename, long timestamp) {}

	/**
	 * A {@code <previous-version>} element.
	 *
	 * @param filename the path the version had, e.g.
	 *          {@code jars/matinf-0.1.0.jar}
	 * @param checksum its checksum
	 * @param timestamp when it was uploaded
	 * @param timestampObsolete when it was replaced (0 if unknown)
	 */
	public record PreviousVersion(String filename, String checksum,
		long timestamp, long timestampObsolete)
	{}

	public SiteRecord {
		authors = List.copyOf(authors);
		dependencies = List.copyOf(dependencies);
		previous = List.copyOf(previous);
	}

	/** @return the filename without its version, as dependencies name it */
	public String unversionedFilename() {
		return Unversioned.filename(filename);
	}

	/** @return where the current version is stored on the site */
	public String storedPath() {
		return filename + "-" + current.timestamp();
	}

	/**
	 * This record after its file was replaced or removed: the current version
	 * joins the previous ones.
	 *
	 * @param now the timestamp of the replacement
	 * @return the list of previous versions including the current one
	 */
	public List<PreviousVersion> previousAfterReplacement(final long now) {
		if (current == null) return previous;
		final var list = new java.util.ArrayList<>(previous);
		list.add(new PreviousVersion(filename, current.checksum(), current
			.timestamp(), now));
		return list;
	}
}
