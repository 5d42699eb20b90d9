package io.tandem.web.shell;

import io.tandem.platform.file.DocumentFile;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Uploads through pages (contract documents, measurement and simulator files) that the Faces
 * servlet would not read are refused with 413 and the error page naming the limit a file may
 * have, {@value #LIMIT_MIB} MiB (a contract document's, see {@link DocumentFile}, the largest any
 * page accepts). The servlet reads files of up to {@value #MAX_PART_BYTES} bytes in requests of up
 * to {@value #MAX_REQUEST_BYTES} (web.xml, {@code <multipart-config>}, the same figures), so that a
 * file somewhat over the limit reaches its page and is refused there with the domain's message.
 * A request that says it is larger is refused at once, before anything of it is read; any other
 * upload has its parts read here, where a file over the servlet's limit is refused, before the
 * Faces servlet sees the request. Mapped to the Faces servlet by name, so it runs after the
 * filters mapped to every address, such as the security headers.
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final int LIMIT_MIB = DocumentFile.MAX_SIZE_MIB;
    /** web.xml, {@code <max-file-size>}: 16 MiB. */
    public static final long MAX_PART_BYTES = 16L * 1024 * 1024;
    /** web.xml, {@code <max-request-size>}: the file and one MiB for the form's other fields. */
    public static final long MAX_REQUEST_BYTES = MAX_PART_BYTES + 1024 * 1024;
    /** Request attribute for the error page: the limit a refused upload exceeded, in MiB. */
    public static final String REFUSED_OVER_MIB = "io.tandem.uploadRefusedOverMib";
    /** How much of a refused upload is read and thrown away so that the client gets the answer. */
    private static final long MAX_DISCARDED_BYTES = 128L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isUpload(request) && (request.getContentLengthLong() > MAX_REQUEST_BYTES || !partsWithinLimits(request))) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The servlet API reads the parts with the Faces servlet's limits and refuses a file over them. */
    private static boolean partsWithinLimits(HttpServletRequest request) throws IOException, ServletException {
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException overLimit) {
            return false;
        }
    }

    /**
     * The error page, rendered for a request that shows it nothing of the refused one: no
     * parameters, no parts, no body, so that rendering it does not read the upload after all.
     * Then the rest of the upload is read and thrown away, a buffer at a time, up to a bound, as
     * a web server's lingering close does: a browser (or client) reads the answer only once it
     * has sent its request, and would otherwise wait on a server that no longer reads. The
     * connection closes after that.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        request.setAttribute(REFUSED_OVER_MIB, LIMIT_MIB);
        request.getRequestDispatcher("/error.xhtml").forward(new WithoutBody(request), response);
        discardTheRest(request);
    }

    private static void discardTheRest(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long discarded = 0;
        try {
            InputStream body = request.getInputStream();
            for (int read = 0; read != -1 && discarded < MAX_DISCARDED_BYTES; read = body.read(buffer)) {
                discarded += read;
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the parts were read already: nothing left to wait for
        }
    }

    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
