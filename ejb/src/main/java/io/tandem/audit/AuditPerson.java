package io.tandem.audit;

import java.io.Serializable;

/** Someone who made changes in a trail, for filtering it by person: name and organisation, never the e-mail address. */
public record AuditPerson(long id, String name, String organisation) implements Serializable {
}
