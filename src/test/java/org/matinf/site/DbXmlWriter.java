package org.matinf.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an update site's {@code db.xml.gz}: gzip-compressed UTF-8 XML with an
 * inline DTD, root {@code <pluginRecords>} and one {@code <plugin>} per file,
 * indented by four spaces as the ImageJ updater writes it. The element order
 * inside {@code <version>} (description, dependencies, authors) is the one
 * the DTD prescribes.
 */
public final class DbXmlWriter {

	/** The document type of {@code db.xml}, as the updater declares it. */
	static final String DTD = String.join("\n", //
		"<!DOCTYPE pluginRecords [", //
		"<!ELEMENT pluginRecords ((update-site | disabled-update-site)*, plugin*)>",
		"<!ELEMENT update-site EMPTY>", //
		"<!ELEMENT disabled-update-site EMPTY>",
		"<!ELEMENT plugin (platform*, category*, version?, previous-version*)>",
		"<!ELEMENT version (description?, dependency*, link*, author*)>",
		"<!ELEMENT previous-version EMPTY>", //
		"<!ELEMENT description (#PCDATA)>", //
		"<!ELEMENT dependency EMPTY>", //
		"<!ELEMENT link (#PCDATA)>", //
		"<!ELEMENT author (#PCDATA)>", //
		"<!ELEMENT platform (#PCDATA)>", //
		"<!ELEMENT category (#PCDATA)>", //
		siteAttributes("update-site"), //
		siteAttributes("disabled-update-site"), //
		"<!ATTLIST plugin update-site CDATA #IMPLIED",
		"                 filename CDATA #REQUIRED",
		"                 executable CDATA #IMPLIED>",
		"<!ATTLIST dependency filename CDATA #REQUIRED",
		"                     timestamp CDATA #IMPLIED",
		"                     overrides CDATA #IMPLIED>",
		"<!ATTLIST version timestamp CDATA #REQUIRED",
		"                  checksum CDATA #REQUIRED",
		"                  filesize CDATA #REQUIRED>",
		"<!ATTLIST previous-version filename CDATA #IMPLIED",
		"                           timestamp CDATA #REQUIRED",
		"                           timestamp-obsolete CDATA #IMPLIED",
		"                           checksum CDATA #REQUIRED>]>");

	private final XMLStreamWriter xml;

	private DbXmlWriter(final XMLStreamWriter xml) {
		this.xml = xml;
	}

	private static String siteAttributes(final String element) {
		return "<!ATTLIST " + element + " name CDATA #REQUIRED url CDATA #REQUIRED" +
			" keep-url CDATA #IMPLIED official CDATA #IMPLIED" +
			" ssh-host CDATA #IMPLIED upload-directory CDATA #IMPLIED" +
			" description CDATA #IMPLIED maintainer CDATA #IMPLIED" +
			" timestamp CDATA #REQUIRED>";
	}

	/**
	 * Writes {@code records}, in the given order, to a gzip file.
	 *
	 * @param records the plugin records
	 * @param dbXmlGz the file to (over)write, normally {@code db.xml.gz}
	 * @throws IOException if the file cannot be written
	 */
	public static void write(final List<SiteRecord> records, final Path dbXmlGz)
		throws IOException
	{
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(
			dbXmlGz)))
		{
			final XMLStreamWriter xml = XMLOutputFactory.newInstance()
				.createXMLStreamWriter(out, "UTF-8");
			new DbXmlWriter(xml).document(records);
			xml.close();
		}
		catch (final XMLStreamException e) {
			throw new IOException("Cannot write " + dbXmlGz, e);
		}
	}

	private void document(final List<SiteRecord> records)
		throws XMLStreamException
	{
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeDTD(DTD);
		newline(0);
		xml.writeStartElement("pluginRecords");
		for (final SiteRecord record : records)
			plugin(record);
		newline(0);
		xml.writeEndElement();
		newline(0);
		xml.writeEndDocument();
	}

	private void plugin(final SiteRecord record) throws XMLStreamException {
		newline(1);
		xml.writeStartElement("plugin");
		xml.writeAttribute("filename", record.filename());
		final SiteRecord.Version v = record.current();
		if (v != null) {
			final boolean empty = record.description() == null && record
				.dependencies().isEmpty() && record.authors().isEmpty();
			newline(2);
			if (empty) xml.writeEmptyElement("version");
			else xml.writeStartElement("version");
			xml.writeAttribute("checksum", v.checksum());
			xml.writeAttribute("timestamp", Long.toString(v.timestamp()));
			xml.writeAttribute("filesize", Long.toString(v.filesize()));
			if (!empty) {
				versionContent(record);
				newline(2);
				xml.writeEndElement();
			}
		}
		for (final SiteRecord.PreviousVersion p : record.previous()) {
			newline(2);
			xml.writeEmptyElement("previous-version");
			xml.writeAttribute("timestamp", Long.toString(p.timestamp()));
			xml.writeAttribute("timestamp-obsolete", Long.toString(p
				.timestampObsolete()));
			xml.writeAttribute("checksum", p.checksum());
			xml.writeAttribute("filename", p.filename());
		}
		newline(1);
		xml.writeEndElement();
	}

	private void versionContent(final SiteRecord record)
		throws XMLStreamException
	{
		if (record.description() != null) {
			newline(3);
			xml.writeStartElement("description");
			xml.writeCharacters(record.description());
			xml.writeEndElement();
		}
		for (final SiteRecord.Dependency d : record.dependencies()) {
			newline(3);
			xml.writeEmptyElement("dependency");
			xml.writeAttribute("filename", d.filename());
			xml.writeAttribute("timestamp", Long.toString(d.timestamp()));
		}
		for (final String author : record.authors()) {
			newline(3);
			xml.writeStartElement("author");
			xml.writeCharacters(author);
			xml.writeEndElement();
		}
	}

	private void newline(final int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "    ".repeat(depth));
	}
}
