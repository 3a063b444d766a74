package org.matinf.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lays out a Fiji update site as the ImageJ updater stores one on a server:
 * every file under its path inside Fiji.app with {@code -<timestamp>}
 * appended (e.g. {@code jars/matinf-0.1.0.jar-20260101120000}), and
 * {@code db.xml.gz} describing the files.
 * <p>
 * The plugin jar goes on the site together with those runtime dependencies
 * that Fiji does not already ship (see {@link FijiShipped}); the plugin's
 * record declares every runtime dependency. If the site directory already
 * holds a {@code db.xml.gz} from an earlier release, its history is carried
 * over: an unchanged file (same checksum) keeps its timestamp and stored
 * copy, a changed one gets the new timestamp and its old version becomes a
 * {@code <previous-version>}, and a file no longer published is marked
 * obsolete. Old stored files are never deleted.
 * <p>
 * Command line, normally run by {@code update-site/build.sh}:
 *
 * <pre>
 * UpdateSiteBuilder --plugin target/matinf-0.1.0.jar --lib target/lib \
 *   --site update-site/site --fiji-shipped update-site/fiji-shipped.txt \
 *   [--timestamp yyyyMMddHHmmss]
 * </pre>
 */
public final class UpdateSiteBuilder {

	/** Format of the updater's timestamps. */
	public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern(
		"yyyyMMddHHmmss");

	/** Name of the database file at the root of an update site. */
	public static final String DB = "db.xml.gz";

	private final Path site;
	private final FijiShipped shipped;
	private final long now;

	/**
	 * @param site the site's root directory (created if missing)
	 * @param shipped libraries Fiji ships
	 * @param now the upload timestamp of this release, {@code yyyyMMddHHmmss}
	 */
	public UpdateSiteBuilder(final Path site, final FijiShipped shipped,
		final long now)
	{
		this.site = site;
		this.shipped = shipped;
		this.now = now;
	}

	/**
	 * @param time a local date and time
	 * @return it as an updater timestamp, e.g. {@code 20260101120000}
	 */
	public static long timestamp(final LocalDateTime time) {
		return Long.parseLong(TIMESTAMP.format(time));
	}

	/**
	 * Publishes a release into the site directory and (re)writes
	 * {@code db.xml.gz}.
	 *
	 * @param plugin the plugin jar
	 * @param runtime the plugin's runtime dependency jars
	 * @return the records written, sorted by filename
	 * @throws IOException on unreadable input, two versions of one library,
	 *           a timestamp older than the site's, or a stored file that differs
	 *           from what its record says
	 */
	public List<SiteRecord> build(final Path plugin, final List<Path> runtime)
		throws IOException
	{
		final Map<String, SiteRecord> old = new HashMap<>();
		final Path db = site.resolve(DB);
		if (Files.exists(db)) {
			for (final SiteRecord r : DbXmlReader.read(db))
				old.put(r.unversionedFilename(), r);
		}
		checkNotOlderThan(old.values());
		checkOneVersionEach(plugin, runtime);

		final Map<String, SiteRecord> records = new LinkedHashMap<>();
		final List<SiteRecord.Dependency> dependencies = new ArrayList<>();
		for (final Path jar : sortedByName(runtime)) {
			final String filename = sitePath(jar.getFileName().toString());
			if (shipped.contains(filename)) {
				dependencies.add(new SiteRecord.Dependency(Unversioned.filename(
					filename), timestamp(JarMetadata.of(jar).newestEntry())));
				continue;
			}
			final SiteRecord record = publish(jar, filename, List.of(), old);
			records.put(record.unversionedFilename(), record);
			dependencies.add(new SiteRecord.Dependency(record.unversionedFilename(),
				record.current().timestamp()));
		}
		final SiteRecord main = publish(plugin, "jars/" + plugin.getFileName(),
			dependencies, old);
		records.put(main.unversionedFilename(), main);

		for (final SiteRecord r : old.values()) {
			if (records.containsKey(r.unversionedFilename())) continue;
			records.put(r.unversionedFilename(), new SiteRecord(r.filename(), null,
				null, List.of(), List.of(), r.previousAfterReplacement(now)));
		}
		final List<SiteRecord> sorted = records.values().stream().sorted(
			Comparator.comparing(SiteRecord::filename)).toList();
		Files.createDirectories(site);
		DbXmlWriter.write(sorted, db);
		return sorted;
	}

	private SiteRecord publish(final Path jar, final String filename,
		final List<SiteRecord.Dependency> dependencies,
		final Map<String, SiteRecord> old) throws IOException
	{
		final String checksum = UpdaterChecksum.of(filename, jar);
		final SiteRecord.Version version;
		final List<SiteRecord.PreviousVersion> previous;
		final SiteRecord before = old.get(Unversioned.filename(filename));
		if (before != null && before.current() != null && before.filename()
			.equals(filename) && before.current().checksum().equals(checksum))
		{
			version = before.current();
			previous = before.previous();
		}
		else {
			version = new SiteRecord.Version(checksum, now, Files.size(jar));
			previous = before == null ? List.of() : before
				.previousAfterReplacement(now);
		}
		final JarMetadata meta = JarMetadata.of(jar);
		final SiteRecord record = new SiteRecord(filename, version, meta
			.description(), meta.authors(), dependencies, previous);
		store(jar, record);
		return record;
	}

	/** Copies the jar to {@code <filename>-<timestamp>} unless already there. */
	private void store(final Path jar, final SiteRecord record)
		throws IOException
	{
		final Path target = site.resolve(record.storedPath());
		if (Files.exists(target)) {
			final String stored = UpdaterChecksum.of(record.filename(), target);
			if (!stored.equals(record.current().checksum())) {
				throw new IOException(target + " exists with checksum " + stored +
					", but " + jar + " has " + record.current().checksum());
			}
			return;
		}
		Files.createDirectories(target.getParent());
		Files.copy(jar, target);
	}

	private void checkNotOlderThan(final Iterable<SiteRecord> records)
		throws IOException
	{
		for (final SiteRecord r : records) {
			if (r.current() != null && r.current().timestamp() > now) {
				throw new IOException("Release timestamp " + now + " is older than " +
					r.filename() + " on the site (" + r.current().timestamp() + ")");
			}
		}
	}

	private static void checkOneVersionEach(final Path plugin,
		final List<Path> runtime) throws IOException
	{
		final Map<String, Path> seen = new HashMap<>();
		for (final Path jar : Stream.concat(Stream.of(plugin), runtime.stream())
			.toList())
		{
			final Path other = seen.put(Unversioned.filename(sitePath(jar
				.getFileName().toString())), jar);
			if (other != null) {
				throw new IOException("Two versions of one library: " + other +
					" and " + jar + " (stale jar in the lib directory?)");
			}
		}
	}

	/**
	 * Where a runtime jar goes in Fiji.app: {@code jars/NAME}, or, for a jar of
	 * native libraries with a platform classifier ({@code -linux-x86_64},
	 * {@code -windows-x86_64}, {@code -macosx-x86_64}, {@code -macosx-arm64}),
	 * the platform's folder as Fiji lays them out ({@code jars/linux64/},
	 * {@code jars/win64/}, {@code jars/macosx/}, {@code jars/macos-arm64/}),
	 * so the updater installs only the user's platform and the classifier jars
	 * do not count as versions of the plain jar.
	 *
	 * @param jarName the jar's file name
	 * @return its path on the site and in Fiji.app
	 */
	public static String sitePath(final String jarName) {
		final String[][] platforms = { { "-linux-x86_64.jar", "linux64/" }, {
			"-windows-x86_64.jar", "win64/" }, { "-macosx-x86_64.jar", "macosx/" }, {
				"-macosx-arm64.jar", "macos-arm64/" } };
		for (final String[] p : platforms) {
			if (jarName.endsWith(p[0])) return "jars/" + p[1] + jarName;
		}
		return "jars/" + jarName;
	}

	private static List<Path> sortedByName(final List<Path> jars) {
		return jars.stream().sorted(Comparator.comparing(p -> p.getFileName()
			.toString())).toList();
	}

	/**
	 * Command-line entry point; see the class description for the arguments.
	 *
	 * @param args the arguments
	 * @throws IOException if the site cannot be built
	 */
	public static void main(final String[] args) throws IOException {
		final Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2)
			options.put(args[i], args[i + 1]);
		if (args.length % 2 != 0 || !options.keySet().containsAll(List.of(
			"--plugin", "--lib", "--site", "--fiji-shipped")))
		{
			System.err.println("Usage: UpdateSiteBuilder --plugin JAR --lib DIR " +
				"--site DIR --fiji-shipped FILE [--timestamp yyyyMMddHHmmss]");
			System.exit(2);
		}
		final long now = options.containsKey("--timestamp") ? Long.parseLong(
			options.get("--timestamp")) : timestamp(LocalDateTime.now(
				ZoneOffset.UTC));
		final List<Path> runtime;
		try (Stream<Path> files = Files.list(Path.of(options.get("--lib")))) {
			runtime = files.filter(p -> p.toString().endsWith(".jar")).toList();
		}
		final Path site = Path.of(options.get("--site"));
		final List<SiteRecord> records = new UpdateSiteBuilder(site, FijiShipped
			.read(Path.of(options.get("--fiji-shipped"))), now).build(Path.of(
				options.get("--plugin")), runtime);
		for (final SiteRecord r : records) {
			System.out.println(r.current() == null ? "obsolete  " + r.filename()
				: "published " + r.storedPath() + "  (" + r.dependencies().size() +
					" dependencies)");
		}
		System.out.println("wrote " + site.resolve(DB));
	}
}
