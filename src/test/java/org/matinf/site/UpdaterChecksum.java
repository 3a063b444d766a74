package org.matinf.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The checksum the ImageJ updater records for a file in {@code db.xml.gz}
 * (attribute {@code checksum} of {@code <version>}), re-implemented from the
 * rule the updater applies (net.imagej.updater.util.UpdaterUtil#getDigest):
 * <ul>
 * <li>A file whose path ends in {@code .jar} is digested entry by entry, not
 * byte by byte, so that rebuilding an unchanged jar does not look like a new
 * version. The entries (directories included) are sorted by name; for each,
 * the name (US-ASCII) and then the uncompressed content go into one SHA-1.
 * Two kinds of entries are normalised first:
 * <ul>
 * <li>{@code *.properties}: comment lines ({@code #...}) are reduced to their
 * line break, because Maven writes a build date into {@code pom.properties}.
 * The updater's filter has two quirks, reproduced here: a run of {@code #}
 * directly followed by the line break, and an empty line, both leave the
 * filter "not at line start", so a comment on the next line is kept.</li>
 * <li>{@code META-INF/MANIFEST.MF}: only {@code Main-Class} lines are meant to
 * be kept, but the updater compares the upper-cased line with the mixed-case
 * prefix {@code "Main-Class:"}, which never matches; in effect the manifest
 * contributes its name and no content.</li>
 * </ul>
 * </li>
 * <li>Any other file: SHA-1 of its path relative to the Fiji directory
 * (US-ASCII, e.g. {@code images/about/about1.tif.txt}) followed by its
 * bytes.</li>
 * </ul>
 * Checksums are lower-case hexadecimal.
 */
public final class UpdaterChecksum {

	private static final String MANIFEST = "META-INF/MANIFEST.MF";

	private UpdaterChecksum() {}

	/**
	 * The updater's checksum of a file.
	 *
	 * @param path the file's path inside the Fiji directory, with '/'
	 *          separators, e.g. {@code jars/matinf-0.1.0.jar}; decides which
	 *          rule applies and, for non-jar files, is part of the digest
	 * @param file the file's bytes on disk
	 * @return 40 lower-case hex digits
	 */
	public static String of(final String path, final Path file) {
		try {
			return path.endsWith(".jar") ? ofJar(file) : ofPlainFile(path, file);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("Cannot checksum " + file, e);
		}
	}

	private static String ofPlainFile(final String path, final Path file)
		throws IOException
	{
		final MessageDigest sha1 = sha1();
		sha1.update(path.getBytes(StandardCharsets.US_ASCII));
		sha1.update(Files.readAllBytes(file));
		return HexFormat.of().formatHex(sha1.digest());
	}

	private static String ofJar(final Path file) throws IOException {
		final MessageDigest sha1 = sha1();
		try (JarFile jar = new JarFile(file.toFile(), false)) {
			final List<JarEntry> entries = new ArrayList<>(Collections.list(jar
				.entries()));
			entries.sort((a, b) -> a.getName().compareTo(b.getName()));
			for (final JarEntry entry : entries) {
				final String name = entry.getName();
				sha1.update(name.getBytes(StandardCharsets.US_ASCII));
				if (name.equals(MANIFEST)) continue;
				final byte[] content;
				try (InputStream in = jar.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				sha1.update(name.endsWith(".properties") ? withoutComments(content)
					: content);
			}
		}
		return HexFormat.of().formatHex(sha1.digest());
	}

	/**
	 * A {@code .properties} file's bytes as the updater digests them: every
	 * comment line is replaced by its bare line break (a comment at the very end
	 * without a line break disappears). A line only counts as starting where a
	 * line break was read outside the start of a line, which is the updater's
	 * behaviour after empty lines and after lines holding only {@code #}s.
	 *
	 * @param in the file's content
	 * @return the content that enters the digest
	 */
	static byte[] withoutComments(final byte[] in) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		boolean atLineStart = true;
		int i = 0;
		while (i < in.length) {
			final byte c = in[i++];
			if (!atLineStart) {
				out.write(c);
				atLineStart = c == '\n';
			}
			else if (c != '#') {
				out.write(c);
				atLineStart = false;
			}
			else {
				while (i < in.length && in[i] == '#')
					i++;
				if (i == in.length) break;
				if (in[i] == '\n') {
					// only '#'s on this line: the break is read "at line start"
					i++;
					out.write('\n');
					atLineStart = false;
					continue;
				}
				while (i < in.length && in[i] != '\n')
					i++;
				if (i == in.length) break;
				i++;
				out.write('\n');
				atLineStart = true;
			}
		}
		return out.toByteArray();
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is required of every JVM", e);
		}
	}
}
