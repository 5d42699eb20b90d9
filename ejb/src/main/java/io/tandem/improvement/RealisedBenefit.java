package io.tandem.improvement;

import io.tandem.platform.DomainException;
import java.math.BigDecimal;

/**
 * The benefit an implemented idea delivered, as one side records it: an annual saving in the
 * contract's currency, CSAT points gained, handle-time seconds saved per contact, and a note;
 * at least one of them.
 */
public record RealisedBenefit(BigDecimal saving, BigDecimal csatPoints, Integer handleSeconds, String note) {

    public RealisedBenefit {
        note = IdeaProposal.optional(note, IdeaProposal.NOTE_MAX_LENGTH, "improvement.idea.benefit.note.invalid");
        if (saving != null && saving.signum() < 0) {
            throw new DomainException("improvement.idea.benefit.negative");
        }
        if (csatPoints != null) {
            IdeaProposal.CSAT_POINTS.require("csatPoints", csatPoints);
        }
        if (handleSeconds != null && (handleSeconds < 0 || handleSeconds > IdeaProposal.MAX_HANDLE_SECONDS)) {
            throw new DomainException("improvement.idea.handleSeconds.invalid", IdeaProposal.MAX_HANDLE_SECONDS);
        }
        if (saving == null && csatPoints == null && handleSeconds == null && note == null) {
            throw new DomainException("improvement.idea.benefit.empty");
        }
    }
}
