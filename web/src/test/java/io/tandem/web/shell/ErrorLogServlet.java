package io.tandem.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Test support, deployed only with the test classes: records every log record the server writes
 * at SEVERE, and every one at WARNING that carries a stack trace (Payara logs an exception that
 * escapes a servlet or an EJB at WARNING), and lists them, one a line, so that a test over HTTP
 * can check that a request logged no error. The first line is the count so far. A POST fails on
 * purpose, so that a test can see that the recording works for an exception escaping a servlet.
 */
@WebServlet(urlPatterns = "/test-support/error-log", loadOnStartup = 1)
public class ErrorLogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> RECORDS = new ArrayList<>();

    private final transient Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            int level = record.getLevel().intValue();
            // The servlet container writes the stack trace into the message rather than attaching it.
            boolean stackTrace = record.getThrown() != null
                    || record.getMessage() != null && record.getMessage().contains("\tat ");
            if (level >= Level.SEVERE.intValue() || level >= Level.WARNING.intValue() && stackTrace) {
                String thrown = record.getThrown() == null ? "" : " " + record.getThrown();
                synchronized (RECORDS) {
                    RECORDS.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage() + thrown);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public void init() {
        Logger.getLogger("").addHandler(recorder);
    }

    @Override
    public void destroy() {
        Logger.getLogger("").removeHandler(recorder);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        synchronized (RECORDS) {
            out.println(RECORDS.size());
            RECORDS.forEach(line -> out.println(line.replace('\n', ' ')));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("error log probe");
    }
}
