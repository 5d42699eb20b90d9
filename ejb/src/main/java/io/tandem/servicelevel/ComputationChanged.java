package io.tandem.servicelevel;

/**
 * A service level became computed or its conventions changed (fired inside the change's
 * transaction): its months are to be computed afresh from the records.
 */
public record ComputationChanged(long workspaceId, long serviceLevelId) {
}
