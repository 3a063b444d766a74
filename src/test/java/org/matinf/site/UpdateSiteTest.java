package org.matinf.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks the update-site generator: the updater's checksum against values
 * from a real Fiji {@code db.xml.gz}, and generated sites by re-reading
 * {@code db.xml.gz} (validated against its DTD) and comparing every record
 * with the stored files.
 */
class UpdateSiteTest {

	private static final long T1 = 20260101120000L;
	private static final long T2 = 20260202120000L;
	private static final long T3 = 20260303120000L;

	private static final FijiShipped SHIPPED = FijiShipped.of("parsington",
		"jackson-*");

	@TempDir
	Path tmp;

	// --- the updater's checksum, against Fiji's own db.xml.gz ---------------

	/**
	 * Expected values: the {@code <version checksum filesize>} of these jars in
	 * the db.xml.gz of a Fiji installation (Java-8 update site, 2025). The
	 * jars on Maven Central are byte-identical to the ones Fiji ships.
	 */
	@ParameterizedTest
	@CsvSource({
		"org.scijava.parsington.ExpressionParser, parsington-3.1.0.jar, " +
			"b71337ba1b78c9c383b0a386b47593b87ab5b237, 47987",
		"org.apache.commons.math3.util.FastMath, commons-math3-3.6.1.jar, " +
			"061e913b11d33430f3d830987c7c862d646ef492, 2213560" })
	void jarChecksumMatchesFijiDatabase(final String someClass,
		final String jarName, final String fijiChecksum, final long fijiSize)
		throws Exception
	{
		final Path jar = jarOf(someClass);
		assertEquals(jarName, jar.getFileName().toString(),
			"The dependency version changed; take the new checksum from the " +
				"db.xml.gz of a current Fiji (jars/" + jarName + ")");
		assertEquals(fijiSize, Files.size(jar));
		assertEquals(fijiChecksum, UpdaterChecksum.of("jars/" + jarName, jar));
		assertNotEquals(fijiChecksum, sha1(Files.readAllBytes(jar)),
			"a jar's checksum is not the SHA-1 of its bytes");
	}

	/**
	 * Fiji's {@code images/about/about1.tif.txt} (118 bytes, record checksum
	 * 0c18dab1..., filesize 118): for files other than jars the digest covers
	 * the path and then the bytes.
	 */
	@Test
	void plainFileChecksumMatchesFijiDatabase() throws IOException {
		final String text = "attribution This image courtesy of Tom Deerinck\n" +
			"attribution via a Creative Commons license\nfontsize 45\n" +
			"color 255 255 0";
		final Path file = Files.writeString(tmp.resolve("about1.tif.txt"), text);
		assertEquals(118, Files.size(file));
		assertEquals("0c18dab1af64a086053dd1481f6b54ad3d696a26", UpdaterChecksum
			.of("images/about/about1.tif.txt", file));
		assertEquals("7625c4f1bdc6a20b66664dfc7ec8613d28a2d255", sha1(text
			.getBytes(StandardCharsets.US_ASCII)), "plain SHA-1, for contrast");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"'#Sat Jan 01 12:00:00 UTC 2026\\nversion=1\\n' | '\\nversion=1\\n'",
		"'a=1\\n#c\\nb=2\\n'                            | 'a=1\\n\\nb=2\\n'",
		"'##x\\ny=1'                                    | '\\ny=1'",
		"'a=1\\n#tail'                                  | 'a=1\\n'",
		// the updater's quirks: after a bare '#' line or an empty line the
		// filter is not at a line start, so the next comment is kept
		"'#\\n#c\\n'                                    | '\\n#c\\n'",
		"'a=1\\n\\n#c\\n'                               | 'a=1\\n\\n#c\\n'" })
	void propertiesCommentsAreReducedToLineBreaks(final String in,
		final String expected)
	{
		final byte[] out = UpdaterChecksum.withoutComments(unescape(in).getBytes(
			StandardCharsets.UTF_8));
		assertEquals(unescape(expected), new String(out, StandardCharsets.UTF_8));
	}

	@Test
	void jarChecksumIgnoresBuildNoiseButNotContent() throws IOException {
		final Path a = jar("a/x-1.0.jar", "x", "1.0", "Build-Jdk: 17\n",
			"#Mon Jan 05 10:00:00 UTC 2026\n", "class-bytes-1");
		final Path b = jar("b/x-1.0.jar", "x", "1.0", "Build-Jdk: 21\nFoo: bar\n",
			"#Tue Feb 17 11:11:11 UTC 2026\n", "class-bytes-1");
		final Path c = jar("c/x-1.0.jar", "x", "1.0", "Build-Jdk: 17\n",
			"#Mon Jan 05 10:00:00 UTC 2026\n", "class-bytes-2");
		assertNotEquals(sha1(Files.readAllBytes(a)), sha1(Files.readAllBytes(b)));
		assertEquals(UpdaterChecksum.of("jars/x-1.0.jar", a), UpdaterChecksum.of(
			"jars/x-1.0.jar", b));
		assertNotEquals(UpdaterChecksum.of("jars/x-1.0.jar", a), UpdaterChecksum
			.of("jars/x-1.0.jar", c));
	}

	// --- site layout and db.xml.gz ------------------------------------------

	@Test
	void siteHoldsPluginAndUnshippedDependencies() throws Exception {
		final Path site = tmp.resolve("site");
		final Path plugin = matinfJar("0.1.0", "v1");
		final Path smile = jar("lib/smile-core-3.1.0.jar", "smile-core", "3.1.0",
			"", "", "smile");
		final Path parsington = copy(jarOf(
			"org.scijava.parsington.ExpressionParser"), "lib");
		new UpdateSiteBuilder(site, SHIPPED, T1).build(plugin, List.of(smile,
			parsington));

		final Map<String, Element> records = verifySite(site, SHIPPED);
		assertEquals(List.of("jars/matinf-0.1.0.jar", "jars/smile-core-3.1.0.jar"),
			new ArrayList<>(records.keySet()));
		assertTrue(Files.isRegularFile(site.resolve(
			"jars/matinf-0.1.0.jar-20260101120000")));
		try (Stream<Path> stored = Files.list(site.resolve("jars"))) {
			assertFalse(stored.anyMatch(p -> p.getFileName().toString().startsWith(
				"parsington")), "Fiji ships parsington");
		}
		final Element version = child(records.get("jars/matinf-0.1.0.jar"),
			"version");
		assertEquals("Crystal structures & diffraction <Fiji>", child(version,
			"description").getTextContent());
		assertEquals(List.of("Ada Lovelace", "Ørsted"), texts(version, "author"));
		final List<Element> deps = XmlElements.children(version, "dependency");
		assertEquals(List.of("jars/parsington.jar", "jars/smile-core.jar"), deps
			.stream().map(d -> d.getAttribute("filename")).toList());
		assertEquals(Long.toString(T1), deps.get(1).getAttribute("timestamp"));
		assertEquals(UpdateSiteBuilder.timestamp(JarMetadata.of(parsington)
			.newestEntry()), Long.parseLong(deps.get(0).getAttribute("timestamp")));
	}

	@Test
	void releasesKeepHistoryAndMarkRemovedFilesObsolete() throws Exception {
		final Path site = tmp.resolve("site");
		final Path smile = jar("lib/smile-core-3.1.0.jar", "smile-core", "3.1.0",
			"", "", "smile");
		final Path v1 = matinfJar("0.1.0", "v1");
		new UpdateSiteBuilder(site, SHIPPED, T1).build(v1, List.of(smile));
		final String v1Checksum = UpdaterChecksum.of("jars/matinf-0.1.0.jar", v1);

		new UpdateSiteBuilder(site, SHIPPED, T2).build(matinfJar("0.2.0", "v2"),
			List.of(smile));
		Map<String, Element> records = verifySite(site, SHIPPED);
		assertEquals(List.of("jars/matinf-0.2.0.jar", "jars/smile-core-3.1.0.jar"),
			new ArrayList<>(records.keySet()));
		final Element matinf = records.get("jars/matinf-0.2.0.jar");
		assertEquals(Long.toString(T2), child(matinf, "version").getAttribute(
			"timestamp"));
		final Element previous = child(matinf, "previous-version");
		assertEquals("jars/matinf-0.1.0.jar", previous.getAttribute("filename"));
		assertEquals(v1Checksum, previous.getAttribute("checksum"));
		assertEquals(Long.toString(T1), previous.getAttribute("timestamp"));
		assertEquals(Long.toString(T2), previous.getAttribute("timestamp-obsolete"));
		assertEquals(Long.toString(T1), child(records.get(
			"jars/smile-core-3.1.0.jar"), "version").getAttribute("timestamp"),
			"an unchanged jar keeps its upload");
		assertTrue(Files.exists(site.resolve("jars/matinf-0.1.0.jar-" + T1)));
		assertTrue(Files.exists(site.resolve("jars/matinf-0.2.0.jar-" + T2)));

		new UpdateSiteBuilder(site, SHIPPED, T3).build(matinfJar("0.3.0", "v3"),
			List.of());
		records = verifySite(site, SHIPPED);
		final Element smileRecord = records.get("jars/smile-core-3.1.0.jar");
		assertTrue(XmlElements.children(smileRecord, "version").isEmpty(),
			"no longer published");
		assertEquals(Long.toString(T3), child(smileRecord, "previous-version")
			.getAttribute("timestamp-obsolete"));
		assertEquals(2, XmlElements.children(records.get("jars/matinf-0.3.0.jar"),
			"previous-version").size());
	}

	@Test
	void rebuildingUnchangedJarsChangesNothing() throws Exception {
		final Path site = tmp.resolve("site");
		final Path plugin = matinfJar("0.1.0", "v1");
		new UpdateSiteBuilder(site, SHIPPED, T1).build(plugin, List.of());
		final byte[] first = gunzip(site.resolve(UpdateSiteBuilder.DB));
		new UpdateSiteBuilder(site, SHIPPED, T2).build(plugin, List.of());
		assertArrayEquals(first, gunzip(site.resolve(UpdateSiteBuilder.DB)));
		try (Stream<Path> stored = Files.list(site.resolve("jars"))) {
			assertEquals(1, stored.count());
		}
	}

	@Test
	void refusesTwoVersionsOfOneLibraryAndTimeGoingBackwards() throws Exception {
		final Path site = tmp.resolve("site");
		final Path plugin = matinfJar("0.1.0", "v1");
		final Path a = jar("lib/smile-core-3.1.0.jar", "smile-core", "3.1.0", "",
			"", "a");
		final Path b = jar("lib/smile-core-3.2.0.jar", "smile-core", "3.2.0", "",
			"", "b");
		final UpdateSiteBuilder builder = new UpdateSiteBuilder(site, SHIPPED, T2);
		final IOException twice = assertThrows(IOException.class, () -> builder
			.build(plugin, List.of(a, b)));
		assertTrue(twice.getMessage().contains("Two versions"), twice.getMessage());
		builder.build(plugin, List.of(a));
		assertThrows(IOException.class, () -> new UpdateSiteBuilder(site, SHIPPED,
			T1).build(matinfJar("0.2.0", "v2"), List.of(a)));
	}

	@Test
	void documentedFijiListCoversTodaysRuntimeDependencies() throws IOException {
		final FijiShipped list = FijiShipped.read(projectDir().resolve(
			"update-site/fiji-shipped.txt"));
		for (final String jar : List.of("ij-1.54p.jar", "scijava-common-2.100.1.jar",
			"parsington-3.1.0.jar", "jackson-core-2.19.2.jar",
			"jackson-databind-2.19.2.jar", "jackson-annotations-2.19.2.jar",
			"commons-math3-3.6.1.jar"))
		{
			assertTrue(list.contains("target/lib/" + jar), jar);
		}
		assertFalse(list.contains("jars/smile-core-3.1.0.jar"));
		assertFalse(list.contains("jars/api-0.30.0.jar"), "DJL's api jar");
		assertEquals("jars/matinf.jar", Unversioned.filename(
			"jars/matinf-0.1.0-SNAPSHOT.jar"));
		assertEquals("jars/jackson-jq.jar", Unversioned.filename(
			"jars/jackson-jq-1.0.0-preview.20191208.jar"));
	}

	// --- independent check of a generated site ------------------------------

	/**
	 * Parses {@code db.xml.gz} with a validating parser (its inline DTD) and
	 * checks every current version against the stored file: present at
	 * {@code <filename>-<timestamp>}, same size, same checksum; every
	 * dependency is on the site or shipped by Fiji.
	 *
	 * @return the plugin elements by filename, in document order
	 */
	static Map<String, Element> verifySite(final Path site,
		final FijiShipped shipped) throws Exception
	{
		final Element root;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(site
			.resolve("db.xml.gz"))))
		{
			final DocumentBuilderFactory factory = DocumentBuilderFactory
				.newInstance();
			factory.setValidating(true);
			final var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new ErrorHandler() {

				@Override
				public void warning(final SAXParseException e) {}

				@Override
				public void error(final SAXParseException e) throws SAXParseException {
					throw e;
				}

				@Override
				public void fatalError(final SAXParseException e)
					throws SAXParseException
				{
					throw e;
				}
			});
			root = builder.parse(in).getDocumentElement();
		}
		assertEquals("pluginRecords", root.getTagName());
		final Map<String, Element> records = new LinkedHashMap<>();
		for (final Element plugin : XmlElements.children(root, "plugin"))
			records.put(plugin.getAttribute("filename"), plugin);
		final List<String> published = new ArrayList<>();
		for (final var e : records.entrySet())
			if (!XmlElements.children(e.getValue(), "version").isEmpty()) published
				.add(Unversioned.filename(e.getKey()));
		for (final var e : records.entrySet()) {
			for (final Element version : XmlElements.children(e.getValue(),
				"version"))
			{
				final Path file = site.resolve(e.getKey() + "-" + version.getAttribute(
					"timestamp"));
				assertTrue(Files.isRegularFile(file), "missing " + file);
				assertEquals(Long.parseLong(version.getAttribute("filesize")), Files
					.size(file), file.toString());
				assertEquals(version.getAttribute("checksum"), UpdaterChecksum.of(e
					.getKey(), file), file.toString());
				for (final Element d : XmlElements.children(version, "dependency")) {
					final String dep = d.getAttribute("filename");
					assertTrue(published.contains(dep) || shipped.contains(dep), e
						.getKey() + " depends on " + dep +
						", which is neither on the site nor shipped by Fiji");
					assertTrue(d.getAttribute("timestamp").matches("\\d{14}"), dep);
				}
			}
		}
		return records;
	}

	// --- helpers ------------------------------------------------------------

	private Path matinfJar(final String version, final String content)
		throws IOException
	{
		return jar("build-" + version + "/matinf-" + version + ".jar", "matinf",
			version, "", "", content);
	}

	/** A Maven-style jar holding a POM, pom.properties and one "class". */
	private Path jar(final String relative, final String artifactId,
		final String version, final String manifestExtra,
		final String propertiesComment, final String classBytes)
		throws IOException
	{
		final Path path = tmp.resolve(relative);
		Files.createDirectories(path.getParent());
		final String maven = "META-INF/maven/org.example/" + artifactId + "/";
		final String pom = "<?xml version=\"1.0\"?>\n" +
			"<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n" +
			"  <artifactId>" + artifactId + "</artifactId>\n" +
			"  <description>Crystal structures &amp; diffraction &lt;Fiji&gt;" +
			"</description>\n" + //
			"  <developers>\n" +
			"    <developer><name>Ada Lovelace</name></developer>\n" +
			"    <developer><name> Ørsted </name></developer>\n" +
			"  </developers>\n</project>\n";
		try (OutputStream out = Files.newOutputStream(path);
				JarOutputStream jar = new JarOutputStream(out))
		{
			entry(jar, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n" +
				manifestExtra);
			entry(jar, maven + "pom.xml", pom);
			entry(jar, maven + "pom.properties", propertiesComment + "artifactId=" +
				artifactId + "\nversion=" + version + "\n");
			entry(jar, "org/example/Thing.class", classBytes);
		}
		return path;
	}

	private static void entry(final JarOutputStream jar, final String name,
		final String content) throws IOException
	{
		jar.putNextEntry(new ZipEntry(name));
		jar.write(content.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}

	private Path copy(final Path file, final String dir) throws IOException {
		final Path target = tmp.resolve(dir).resolve(file.getFileName());
		Files.createDirectories(target.getParent());
		return Files.copy(file, target);
	}

	private static Path jarOf(final String className) throws Exception {
		final Class<?> c = Class.forName(className);
		return Path.of(c.getProtectionDomain().getCodeSource().getLocation()
			.toURI());
	}

	static Path projectDir() {
		// target/test-classes -> project directory
		final Path classes;
		try {
			classes = Path.of(UpdateSiteTest.class.getProtectionDomain()
				.getCodeSource().getLocation().toURI());
		}
		catch (final URISyntaxException e) {
			throw new IllegalStateException(e);
		}
		final Path fromClasses = classes.getParent().getParent();
		return Files.isDirectory(fromClasses.resolve("update-site")) ? fromClasses
			: Path.of(System.getProperty("basedir", "."));
	}

	static Element child(final Element parent, final String tag) {
		final List<Element> list = XmlElements.children(parent, tag);
		assertEquals(1, list.size(), "one <" + tag + "> in <" + parent
			.getTagName() + ">");
		return list.get(0);
	}

	private static List<String> texts(final Element parent, final String tag) {
		return XmlElements.children(parent, tag).stream().map(Node::getTextContent)
			.toList();
	}

	private static byte[] gunzip(final Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return in.readAllBytes();
		}
	}

	private static String sha1(final byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
				.digest(bytes));
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String unescape(final String s) {
		return s.replace("\\n", "\n");
	}
}
