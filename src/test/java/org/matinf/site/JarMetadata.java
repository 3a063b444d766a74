package org.matinf.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the update site records about a jar besides its checksum, read from
 * the jar: the {@code <description>} and developers' names of the first
 * {@code META-INF/maven/.../pom.xml} it contains (as the updater's uploader
 * does), and the newest entry time, a deterministic stand-in for the jar's
 * build date.
 *
 * @param description the POM's description, or {@code null}
 * @param authors the names in the POM's {@code <developers>}
 * @param newestEntry the latest modification time stored in the jar
 */
public record JarMetadata(String description, List<String> authors,
	LocalDateTime newestEntry)
{

	/**
	 * @param jar a jar file
	 * @return its metadata; no description and no authors if it holds no POM
	 */
	public static JarMetadata of(final Path jar) {
		try (JarFile file = new JarFile(jar.toFile(), false)) {
			LocalDateTime newest = LocalDateTime.MIN;
			JarEntry pom = null;
			for (final JarEntry entry : Collections.list(file.entries())) {
				final LocalDateTime time = entry.getTimeLocal();
				if (time != null && time.isAfter(newest)) newest = time;
				if (pom == null && entry.getName().matches("META-INF/maven/.*/pom\\.xml"))
					pom = entry;
			}
			if (pom == null) return new JarMetadata(null, List.of(), newest);
			try (InputStream in = file.getInputStream(pom)) {
				return fromPom(XmlElements.parse(in, jar + "!/" + pom.getName()),
					newest);
			}
		}
		catch (final IOException e) {
			throw new UncheckedIOException("Cannot read " + jar, e);
		}
	}

	private static JarMetadata fromPom(final Element project,
		final LocalDateTime newest)
	{
		String description = null;
		final List<String> authors = new ArrayList<>();
		for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (!(n instanceof Element child)) continue;
			if (child.getTagName().equals("description")) {
				description = child.getTextContent();
			}
			else if (child.getTagName().equals("developers")) {
				for (final Element developer : XmlElements.children(child, "developer"))
					for (final Element name : XmlElements.children(developer, "name"))
						authors.add(name.getTextContent().trim());
			}
		}
		if (description != null && description.isEmpty()) description = null;
		return new JarMetadata(description, authors, newest);
	}
}
