package org.campaignbot.channel.wecom;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads WeCom's flat {@code <xml><Name>value</Name>…</xml>} documents with a parser that refuses any DOCTYPE, so
 * external entities (XXE) and entity expansion (billion laughs) cannot even be declared. Tencent's sample parser
 * used a default factory and was vulnerable; this one is not.
 */
final class SafeXml {
    private static final int MAX_FIELDS = 64;
    private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /** The root's child elements by name (first occurrence wins). Anything else is a 400 refusal. */
    static Map<String, String> parseFlat(byte[] xml) {
        Element root;
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(SILENT);
            root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException | java.io.IOException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? "：不接受 DOCTYPE 声明" : "";
            throw CallbackRefusal.badRequest("XML 格式错误" + reason);
        }
        if (!"xml".equals(root.getTagName())) {
            throw CallbackRefusal.badRequest("XML 格式错误：根元素应为 <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                fields.putIfAbsent(e.getTagName(), e.getTextContent());
                if (fields.size() > MAX_FIELDS) {
                    throw CallbackRefusal.badRequest("XML 字段过多");
                }
            }
        }
        return fields;
    }

    /**
     * A CDATA section holding any text: a "]]>" inside is split across two sections, and control characters that
     * XML 1.0 cannot carry at all (WeCom would reject the whole reply) are dropped.
     */
    static String cdata(String text) {
        String clean = INVALID_XML_CHARS.matcher(text).replaceAll("");
        return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened; refusing to run with an unsafe one", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }

    private static DocumentBuilder newBuilder() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default handler prints "[Fatal Error]" lines to stderr for every hostile request; we only refuse. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
