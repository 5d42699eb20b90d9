package io.tandem.improvement;

/** How much work an idea asks for, as its proposer judges it. */
public enum Effort {
    SMALL,
    MEDIUM,
    LARGE
}
