/**
 * Reading an uploaded file line by line: {@link io.tandem.platform.bulk.CsvFile} keeps true line
 * numbers, and {@link io.tandem.platform.bulk.RejectedLinesException} carries every bad line with
 * its reason, so that a file is stored whole or not at all.
 */
package io.tandem.platform.bulk;
