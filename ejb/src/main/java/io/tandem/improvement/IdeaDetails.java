package io.tandem.improvement;

import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One idea as the caller may see it: its content, stage, benefit and votes, with what the caller
 * may do next ({@code nextStatuses}, {@code editable}, {@code benefitRecordable}). People are named
 * with their organisation. {@code gainShare} is null for a caller who may not read contract terms,
 * and while there is no realised saving or no regime to split it under.
 */
public record IdeaDetails(long id, String title, String problem, String proposal, String touchpoint, Effort effort,
                          Long contractId, String contractReference, String currency, List<Level> serviceLevels,
                          BigDecimal expectedSaving, BigDecimal expectedCsatPoints, Integer expectedHandleSeconds,
                          String expectedNote, Long clientOwnerId, String clientOwner, Long providerOwnerId,
                          String providerOwner, String proposedBy, Party proposedByParty, OffsetDateTime submittedAt,
                          IdeaStatus status, OffsetDateTime statusChangedAt, String decidedBy, String rejectionReason,
                          LocalDate implementedOn, BigDecimal realisedSaving, BigDecimal realisedCsatPoints,
                          Integer realisedHandleSeconds, String realisedNote, String benefitClaimedBy,
                          Party benefitClaimedParty, String benefitConfirmedBy, GainShare gainShare, long votes,
                          boolean voted, List<IdeaStatus> nextStatuses, boolean editable, boolean benefitRecordable,
                          long version) implements Serializable {

    /** A service level the idea should move. */
    public record Level(long id, String name) implements Serializable {
    }

    /** "Name (Organisation)", as every person is shown beside what they did. */
    static String person(UserAccount user) {
        return user == null ? null : user.displayName() + " (" + user.organisation().name() + ")";
    }
}
