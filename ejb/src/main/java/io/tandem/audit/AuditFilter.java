package io.tandem.audit;

import io.tandem.platform.DomainException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * Narrows a trail: one kind of record, one action, one person (by user id), and the days from
 * and to (both included, UTC days, as the trail shows times in UTC); null means any.
 */
public record AuditFilter(String entityType, String action, Long actorId, LocalDate from, LocalDate to)
        implements Serializable {

    private static final Set<String> ACTIONS = Set.of("CREATE", "UPDATE", "DELETE");

    public AuditFilter {
        entityType = entityType == null || entityType.isBlank() ? null : entityType.strip();
        action = action == null || action.isBlank() ? null : action.strip();
        if (action != null && !ACTIONS.contains(action)) {
            throw new DomainException("audit.filter.action.invalid");
        }
        if (outsideTheCalendar(from) || outsideTheCalendar(to)) {
            throw new DomainException("audit.filter.date.invalid");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("audit.filter.dates.invalid");
        }
    }

    /**
     * A day of a four-digit year. {@link LocalDate} reaches the year 999,999,999, where the day
     * after the filter's last (its end) does not exist and no database timestamp does either: such
     * a filter failed with a server error instead of being refused.
     */
    private static boolean outsideTheCalendar(LocalDate day) {
        return day != null && (day.getYear() < 1 || day.getYear() > 9999);
    }

    public AuditFilter(String entityType, String action) {
        this(entityType, action, null, null, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null);
    }
}
