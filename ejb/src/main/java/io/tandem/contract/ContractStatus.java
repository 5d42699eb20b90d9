package io.tandem.contract;

import java.util.EnumSet;
import java.util.Set;

/** A contract's lifecycle; only the listed transitions are allowed. */
public enum ContractStatus {
    DRAFT,
    IN_REVIEW,
    ACTIVE,
    EXPIRED,
    TERMINATED;

    /** The statuses this one may move to. */
    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(DRAFT, ACTIVE);
            case ACTIVE -> EnumSet.of(EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    /** Commercial terms and the credit regime can change only before the contract is in force. */
    public boolean termsEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
