package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.platform.file.DocumentFile;
import io.tandem.web.interaction.InteractionImportsView;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The upload filter refuses exactly what the Faces servlet would not read, and names the domain's limit. */
class UploadLimitFilterTest {

    @Test
    void theFilterStatesTheFacesServletsMultipartLimits() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());

        assertEquals(UploadLimitFilter.MAX_PART_BYTES, Long.parseLong(text(webXml, "max-file-size")));
        assertEquals(UploadLimitFilter.MAX_REQUEST_BYTES, Long.parseLong(text(webXml, "max-request-size")));
    }

    @Test
    void theLimitNamedIsTheLargestFileAPageAccepts() {
        assertEquals(DocumentFile.MAX_SIZE_MIB, UploadLimitFilter.LIMIT_MIB);
        assertTrue(UploadLimitFilter.MAX_PART_BYTES > DocumentFile.MAX_SIZE_BYTES,
                "a file somewhat over the limit reaches its page and gets the domain's message");
    }

    /** The interaction page sends a large file in chunks, each of which the Faces servlet's limits let through. */
    @Test
    void theInteractionUploadsChunksFitTheServletsLimit() {
        assertTrue(InteractionImportsView.CHUNK_BYTES < UploadLimitFilter.MAX_PART_BYTES);
        assertTrue(InteractionImportsView.MAX_UPLOAD_BYTES > UploadLimitFilter.MAX_REQUEST_BYTES);
    }

    private static String text(Document document, String element) {
        assertEquals(1, document.getElementsByTagNameNS("*", element).getLength(), element);
        return document.getElementsByTagNameNS("*", element).item(0).getTextContent().strip();
    }
}
