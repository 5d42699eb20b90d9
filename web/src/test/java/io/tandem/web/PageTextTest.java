package io.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Pages take every word they show from the bundle: no literal text in elements or visible attributes. */
class PageTextTest {

    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("value", "title", "label", "placeholder",
            "headerText", "footerText", "emptyMessage", "requiredMessage", "validatorMessage", "converterMessage",
            "alt", "summary", "itemLabel", "header", "message", "tooltip");
    /** Elements whose value is data, not text: h:outputLink's is the address it links to. */
    private static final Set<String> VALUE_IS_DATA = Set.of("meta", "input", "param", "viewParam", "outputLink");

    @Test
    void noPageContainsLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();
        for (Path page : MessageBundlesTest.pages()) {
            collectLiterals(parse(page).getDocumentElement(), page.getFileName().toString(), literals);
        }
        assertEquals(List.of(), literals);
    }

    @Test
    void theCheckFindsLiteralTextWhereThereIsSome() throws Exception {
        List<String> literals = new ArrayList<>();
        Document page = parse("<div xmlns:p=\"primefaces\" xmlns:h=\"jakarta.faces.html\"><p:commandButton value=\"Save\"/>"
                + "<span>#{msg['ok']} Total</span><span>#{msg['ok']} · </span>"
                + "<h:outputLink value=\"/index.xhtml\">Home</h:outputLink></div>");
        collectLiterals(page.getDocumentElement(), "sample", literals);

        assertEquals(List.of("sample: <p:commandButton value=\"Save\">", "sample: <span> Total</span>",
                "sample: <h:outputLink>Home</h:outputLink>"), literals);
        assertFalse(literals.isEmpty());
    }

    private static void collectLiterals(Element element, String page, List<String> literals) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        if (name.equals("style") || name.equals("script")) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            boolean visible = VISIBLE_ATTRIBUTES.contains(attributeName)
                    && !(attributeName.equals("value") && VALUE_IS_DATA.contains(name));
            if (visible && isLiteral(attribute.getNodeValue())) {
                literals.add(page + ": <" + element.getTagName() + " " + attributeName + "=\""
                        + attribute.getNodeValue() + "\">");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collectLiterals(childElement, page, literals);
            } else if (child.getNodeType() == Node.TEXT_NODE && isLiteral(child.getNodeValue())) {
                literals.add(page + ": <" + element.getTagName() + ">"
                        + EXPRESSION.matcher(child.getNodeValue()).replaceAll("").stripTrailing()
                        + "</" + element.getTagName() + ">");
            }
        }
    }

    private static boolean isLiteral(String text) {
        return LETTER.matcher(EXPRESSION.matcher(text).replaceAll("")).find();
    }

    private static Document parse(Path page) throws Exception {
        return parse(Files.readString(page));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
