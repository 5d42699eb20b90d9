package io.tandem.servicelevel;

import io.tandem.platform.DecimalRange;
import io.tandem.platform.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the raw text of a bulk line: service levels by id or by (unambiguous) name, months as
 * yyyy-MM, numbers in plain decimal notation. Each misreading is a domain exception naming the text.
 */
final class LineReader {

    private final Map<String, List<ServiceLevel>> byKey = new HashMap<>();

    LineReader(List<ServiceLevel> levels) {
        for (ServiceLevel level : levels) {
            byKey.computeIfAbsent(String.valueOf(level.id()), k -> new ArrayList<>()).add(level);
            byKey.computeIfAbsent(level.name(), k -> new ArrayList<>()).add(level);
        }
    }

    ServiceLevel serviceLevel(String reference) {
        List<ServiceLevel> matches = reference == null ? List.of() : byKey.getOrDefault(reference.strip(), List.of());
        if (matches.isEmpty()) {
            throw new DomainException("servicelevel.bulk.unknownLevel", String.valueOf(reference));
        }
        if (matches.size() > 1) {
            throw new DomainException("servicelevel.bulk.ambiguousLevel", reference);
        }
        return matches.get(0);
    }

    /** Over-long literals are refused unparsed: a million digits would take seconds to read. */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String literal = text.strip();
        if (literal.length() > DecimalRange.MAX_LITERAL_LENGTH) {
            throw new DomainException("servicelevel.bulk.number", literal);
        }
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException e) {
            throw new DomainException("servicelevel.bulk.number", text);
        }
    }
}
