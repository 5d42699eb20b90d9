package io.tandem.improvement;

/**
 * Where an idea stands in the pipeline: submitted, under review, approved, in progress,
 * implemented, benefit realised; or rejected with a reason. {@link IdeaPipeline} says who moves it.
 */
public enum IdeaStatus {
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    IN_PROGRESS,
    IMPLEMENTED,
    BENEFIT_REALISED,
    REJECTED;

    /** Whether the client approved the idea at some point: it is approved or further along. */
    public boolean approved() {
        return this == APPROVED || this == IN_PROGRESS || this == IMPLEMENTED || this == BENEFIT_REALISED;
    }

    /** Whether the client has decided on it, either way. */
    public boolean decided() {
        return approved() || this == REJECTED;
    }

    /** Whether its content may still change: until the client decides. */
    public boolean editable() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
