/**
 * Platform: what every context shares and none owns. Start-up migration
 * ({@link io.tandem.platform.DatabaseMigration}), {@link io.tandem.platform.Money} and
 * {@link io.tandem.platform.DecimalRange} (numbers bounded before any arithmetic),
 * {@link io.tandem.platform.Months}, the domain exceptions that the REST layer and the pages turn
 * into 4xx answers, line-by-line file reading in {@code platform.bulk}, and the checks every uploaded document passes
 * in {@code platform.file} (size, type sniffed from its bytes, SHA-256; message keys
 * {@code contract.document.*}, where they began). It imports no
 * context; a piece used by two contexts moves here.
 */
package io.tandem.platform;
