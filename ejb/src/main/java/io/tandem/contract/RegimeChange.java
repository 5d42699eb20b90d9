package io.tandem.contract;

/**
 * A contract's credit regime is about to change. Fired synchronously before the change is stored,
 * so that rules of other contexts that depend on the regime (the service levels' pool allocation)
 * can refuse it without the contract context knowing them.
 */
public record RegimeChange(Contract contract, CreditRegime regime) {
}
