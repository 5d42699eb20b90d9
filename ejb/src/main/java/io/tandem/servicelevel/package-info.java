/**
 * Service levels: what the provider promised, what it delivered each month, and what that costs.
 *
 * <p>Rules: {@link io.tandem.servicelevel.ServiceLevel} (metric, direction, expected and minimum
 * levels, criticality and pool allocation, the target in force for a month after continuous
 * improvement: {@code targetFor}), {@link io.tandem.servicelevel.PoolAllocation} (critical
 * allocations within the regime's pool cap), {@link io.tandem.servicelevel.Measurement} (submit,
 * correct, accept, dispute, resolve), {@link io.tandem.servicelevel.MeasurementLines} (checking a
 * bulk submission), {@link io.tandem.servicelevel.Relief}, and the arithmetic:
 * {@link io.tandem.servicelevel.CreditCalculator} and {@link io.tandem.servicelevel.CreditSimulator}
 * with worked examples in their tests. Results and credits are computed when read, never stored.
 *
 * <p>Entry points: {@link io.tandem.servicelevel.ServiceLevelService},
 * {@link io.tandem.servicelevel.MeasurementService}, {@link io.tandem.servicelevel.ReliefService},
 * {@link io.tandem.servicelevel.CreditService}. It hears the contract context's
 * {@code RegimeChange} event to check allocations against a new pool cap.
 *
 * <p>A change here touches: permissions {@code VIEW_SERVICE_LEVELS}, {@code MANAGE_SERVICE_LEVELS},
 * {@code SUBMIT_MEASUREMENTS}, {@code REVIEW_MEASUREMENTS}, {@code ANSWER_DISPUTES},
 * {@code VIEW_CREDITS}, {@code SIMULATE_CREDITS} in {@code tenancy.Permission}; its tables in
 * {@code tenancy.AuditedRecords}; pages {@code webapp/servicelevel} and beans
 * {@code web.servicelevel}; REST {@code api.servicelevel}; its tabs in
 * {@code WEB-INF/templates/workspace-tabs.xhtml}; keys {@code servicelevel.*} in both message
 * bundles; demo data.
 */
package io.tandem.servicelevel;
