package io.tandem.servicelevel;

import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
import java.time.OffsetDateTime;

/** Who does something to a measurement or relief request, for which side, and when. */
public record Actor(UserAccount user, Party party, OffsetDateTime at) {
}
