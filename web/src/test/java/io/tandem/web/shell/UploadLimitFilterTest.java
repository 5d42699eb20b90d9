package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.contract.DocumentFile;
import io.tandem.web.interaction.InteractionImportsView;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The upload filter refuses exactly what the Faces servlet would not read, and names the domain's limit. */
class UploadLimitFilterTest {

    @Test
    void theFilterStatesTheFacesServletsMultipartLimits() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());

        Element faces = servlet(webXml, "Faces Servlet");
        assertEquals(UploadLimitFilter.MAX_PART_BYTES, Long.parseLong(text(faces, "max-file-size")));
        assertEquals(UploadLimitFilter.MAX_REQUEST_BYTES, Long.parseLong(text(faces, "max-request-size")));
    }

    /** The interaction import page's servlet has limits of its own, which its page states. */
    @Test
    void theInteractionUploadServletStatesThePagesLimit() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());

        Element upload = servlet(webXml, "Interaction Upload Faces Servlet");
        assertEquals(InteractionImportsView.MAX_UPLOAD_BYTES, Long.parseLong(text(upload, "max-file-size")));
        assertTrue(Long.parseLong(text(upload, "max-request-size")) > InteractionImportsView.MAX_UPLOAD_BYTES);
    }

    private static Element servlet(Document webXml, String name) {
        NodeList servlets = webXml.getElementsByTagNameNS("*", "servlet");
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            if (text(servlet, "servlet-name").equals(name)) {
                return servlet;
            }
        }
        throw new AssertionError("no servlet " + name);
    }

    @Test
    void theLimitNamedIsTheLargestFileAPageAccepts() {
        assertEquals(DocumentFile.MAX_SIZE_MIB, UploadLimitFilter.LIMIT_MIB);
        assertTrue(UploadLimitFilter.MAX_PART_BYTES > DocumentFile.MAX_SIZE_BYTES,
                "a file somewhat over the limit reaches its page and gets the domain's message");
    }

    private static String text(Element document, String element) {
        assertEquals(1, document.getElementsByTagNameNS("*", element).getLength(), element);
        return document.getElementsByTagNameNS("*", element).item(0).getTextContent().strip();
    }
}
