package org.matinf.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Small DOM helpers shared by the readers of POMs and site databases. */
final class XmlElements {

	private XmlElements() {}

	/**
	 * Parses a document without validating it or fetching anything.
	 *
	 * @param in the XML bytes
	 * @param what names the input in the error message
	 * @return the root element
	 * @throws IOException if the input is not well-formed XML
	 */
	static Element parse(final InputStream in, final String what)
		throws IOException
	{
		try {
			final DocumentBuilderFactory factory = DocumentBuilderFactory
				.newInstance();
			factory.setValidating(false);
			factory.setExpandEntityReferences(false);
			factory.setFeature(
				"http://apache.org/xml/features/nonvalidating/load-external-dtd",
				false);
			return factory.newDocumentBuilder().parse(in).getDocumentElement();
		}
		catch (final ParserConfigurationException | SAXException e) {
			throw new IOException(what + ": not well-formed XML: " + e
				.getMessage(), e);
		}
	}

	/**
	 * @param parent an element
	 * @param tag a tag name
	 * @return the direct children of {@code parent} named {@code tag}
	 */
	static List<Element> children(final Element parent, final String tag) {
		final List<Element> list = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element e && e.getTagName().equals(tag)) list.add(e);
		return list;
	}
}
