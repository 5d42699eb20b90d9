package io.tandem.web.audit;

import io.tandem.web.shell.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The audit trail as a file: the rows {@link AuditRows} writes, one line per event, changes one
 * per line within their cell. CSV is UTF-8 with a byte-order mark (so spreadsheets read accents
 * right), quoted as RFC 4180 says; a cell that a spreadsheet would run as a formula is prefixed
 * with an apostrophe ({@link SpreadsheetText}).
 */
public final class AuditExport {

    private final List<String> headers;

    public AuditExport(AuditRows rows) {
        ResourceBundle bundle = rows.bundle();
        this.headers = List.of(bundle.getString("workspace.audit.sequence"), bundle.getString("workspace.audit.when"),
                bundle.getString("workspace.audit.who"), bundle.getString("workspace.audit.what"),
                bundle.getString("workspace.audit.changes"));
    }

    public byte[] csv(List<AuditRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, headers);
        for (AuditRow row : rows) {
            line(out, cells(row));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(List<AuditRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Audit");
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int index = 1;
            for (AuditRow row : rows) {
                Row line = sheet.createRow(index++);
                line.createCell(0).setCellValue(row.sequence());
                List<String> cells = cells(row);
                for (int i = 1; i < cells.size(); i++) {
                    line.createCell(i).setCellValue(cells.get(i));
                }
                line.getCell(4).setCellStyle(wrapped);
            }
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            sheet.setColumnWidth(3, 30 * 256);
            sheet.setColumnWidth(4, 80 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(AuditRow row) {
        return List.of(String.valueOf(row.sequence()), row.when(), row.who(), row.what(),
                String.join("\n", row.changes()));
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quoted(String cell) {
        String text = SpreadsheetText.inert(cell == null ? "" : cell);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
