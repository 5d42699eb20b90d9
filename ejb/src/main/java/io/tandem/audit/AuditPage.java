package io.tandem.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Events of a workspace's audit trail (one page, or all an export holds), how many events match
 * the filter in all, and the people the events' rows refer to (an author, a submitter), so a
 * change can name them rather than show a user id.
 */
public record AuditPage(List<AuditEntry> entries, long total, List<AuditPerson> people) implements Serializable {

    public AuditPage {
        entries = List.copyOf(entries);
        people = List.copyOf(people);
    }

    /** The people the events refer to, by user id. */
    public Map<Long, AuditPerson> peopleById() {
        return people.stream().collect(Collectors.toMap(AuditPerson::id, Function.identity()));
    }
}
