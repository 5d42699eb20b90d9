package io.tandem.contract;

/** What kind of document a contract is. */
public enum ContractType {
    MASTER_AGREEMENT,
    STATEMENT_OF_WORK,
    /** Changes another contract of the same workspace, which it names as its parent. */
    AMENDMENT
}
