package org.matinf.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.w3c.dom.Element;

/**
 * Reads the {@code <plugin>} records of an update site's {@code db.xml.gz}
 * (links, categories and platforms are not kept). Used to carry a site's
 * history into its next release.
 */
public final class DbXmlReader {

	private DbXmlReader() {}

	/**
	 * @param dbXmlGz a {@code db.xml.gz} file
	 * @return its plugin records in document order
	 * @throws IOException if the file cannot be read or is not a site database
	 */
	public static List<SiteRecord> read(final Path dbXmlGz) throws IOException {
		final Element root;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dbXmlGz))) {
			root = XmlElements.parse(in, dbXmlGz.toString());
		}
		if (!root.getTagName().equals("pluginRecords")) {
			throw new IOException(dbXmlGz + ": root is <" + root.getTagName() +
				">, not <pluginRecords>");
		}
		final List<SiteRecord> records = new ArrayList<>();
		for (final Element plugin : XmlElements.children(root, "plugin"))
			records.add(record(plugin));
		return records;
	}

	private static SiteRecord record(final Element plugin) {
		SiteRecord.Version current = null;
		String description = null;
		final List<String> authors = new ArrayList<>();
		final List<SiteRecord.Dependency> dependencies = new ArrayList<>();
		for (final Element version : XmlElements.children(plugin, "version")) {
			current = new SiteRecord.Version(version.getAttribute("checksum"),
				number(version, "timestamp"), number(version, "filesize"));
			for (final Element d : XmlElements.children(version, "description"))
				description = d.getTextContent();
			for (final Element d : XmlElements.children(version, "dependency"))
				dependencies.add(new SiteRecord.Dependency(d.getAttribute("filename"),
					number(d, "timestamp")));
			for (final Element a : XmlElements.children(version, "author"))
				authors.add(a.getTextContent());
		}
		final List<SiteRecord.PreviousVersion> previous = new ArrayList<>();
		for (final Element p : XmlElements.children(plugin, "previous-version")) {
			final String filename = p.hasAttribute("filename") ? p.getAttribute(
				"filename") : plugin.getAttribute("filename");
			previous.add(new SiteRecord.PreviousVersion(filename, p.getAttribute(
				"checksum"), number(p, "timestamp"), number(p, "timestamp-obsolete")));
		}
		return new SiteRecord(plugin.getAttribute("filename"), current,
			description, authors, dependencies, previous);
	}

	private static long number(final Element e, final String attribute) {
		final String value = e.getAttribute(attribute);
		return value.isEmpty() ? 0 : Long.parseLong(value);
	}
}
