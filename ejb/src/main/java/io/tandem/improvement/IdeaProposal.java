package io.tandem.improvement;

import io.tandem.platform.DecimalRange;
import io.tandem.platform.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What an idea says, as proposed or edited: the problem seen at the coalface, the proposal, the
 * process or touchpoint it affects, the service levels it should move, the benefit expected (an
 * annual saving in the contract's currency, CSAT points, handle-time seconds per contact, or words),
 * the effort, the contract whose gain-share applies and an owner on each side. Text is stripped and
 * bounded, figures are checked against their ranges before anything uses them.
 */
public record IdeaProposal(String title, String problem, String proposal, String touchpoint, Effort effort,
                           Long contractId, List<Long> serviceLevelIds, BigDecimal expectedSaving,
                           BigDecimal expectedCsatPoints, Integer expectedHandleSeconds, String expectedNote,
                           Long clientOwnerId, Long providerOwnerId) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int TOUCHPOINT_MAX_LENGTH = 200;
    public static final int NOTE_MAX_LENGTH = 1000;
    public static final int MAX_SERVICE_LEVELS = 20;
    public static final int MAX_HANDLE_SECONDS = 3600;
    static final DecimalRange CSAT_POINTS = DecimalRange.of("0", "100", 2);

    public IdeaProposal {
        title = required(title, TITLE_MAX_LENGTH, "improvement.idea.title.invalid");
        problem = required(problem, TEXT_MAX_LENGTH, "improvement.idea.problem.invalid");
        proposal = required(proposal, TEXT_MAX_LENGTH, "improvement.idea.proposal.invalid");
        touchpoint = optional(touchpoint, TOUCHPOINT_MAX_LENGTH, "improvement.idea.touchpoint.invalid");
        expectedNote = optional(expectedNote, NOTE_MAX_LENGTH, "improvement.idea.expectedNote.invalid");
        if (effort == null) {
            throw new DomainException("improvement.idea.effort.required");
        }
        if (serviceLevelIds != null && serviceLevelIds.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("improvement.idea.levels.invalid", MAX_SERVICE_LEVELS);
        }
        serviceLevelIds = serviceLevelIds == null ? List.of() : serviceLevelIds.stream().distinct().toList();
        if (serviceLevelIds.size() > MAX_SERVICE_LEVELS) {
            throw new DomainException("improvement.idea.levels.invalid", MAX_SERVICE_LEVELS);
        }
        if (expectedSaving != null && expectedSaving.signum() < 0) {
            throw new DomainException("improvement.idea.saving.negative");
        }
        if (expectedCsatPoints != null) {
            CSAT_POINTS.require("expectedCsatPoints", expectedCsatPoints);
        }
        if (expectedHandleSeconds != null && (expectedHandleSeconds < 0 || expectedHandleSeconds > MAX_HANDLE_SECONDS)) {
            throw new DomainException("improvement.idea.handleSeconds.invalid", MAX_HANDLE_SECONDS);
        }
        if (expectedSaving != null && contractId == null) {
            throw new DomainException("improvement.idea.saving.needsContract");
        }
    }

    static String required(String text, int max, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new DomainException(key, max);
        }
        return stripped;
    }

    static String optional(String text, int max, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw new DomainException(key, max);
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
