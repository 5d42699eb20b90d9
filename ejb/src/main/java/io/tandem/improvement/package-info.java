/**
 * Improvement: joint improvement ideas from either party, the "coalface" knowledge of the people
 * who serve the customers turned into changes both sides agree on.
 *
 * <p>Rules, in plain Java with worked-example tests: {@link io.tandem.improvement.IdeaPipeline}
 * (who moves an idea from which status to which), {@link io.tandem.improvement.GainShare} (a
 * realised saving split under the contract's {@code clientGainSharePercent}, half-up to the minor
 * unit, the provider taking the exact rest), {@link io.tandem.improvement.InnovationFigures}
 * (ideas by party, approval rate, median days to implement, realised value) and
 * {@link io.tandem.improvement.MeasuredChange} (a level's settled months before against after the
 * implementation). The entity {@link io.tandem.improvement.Idea} applies them.
 *
 * <p>Entry points: {@code IdeaService} (ideas, moves, benefit, votes, comments),
 * {@code IdeaAttachmentService} (files, checked by {@code platform.file.DocumentFile}),
 * {@code MeasuredBenefitService}, {@code InnovationService} (workspace and client portfolio figures),
 * {@code ImprovementInbox}.
 *
 * <p>Touches outside: {@code V14__improvement_ideas.sql}; {@code tenancy.Permission} (VIEW_IDEAS,
 * PROPOSE_IDEAS, DECIDE_IDEAS, PROGRESS_IDEAS, CLAIM_BENEFIT) and {@code tenancy.AuditedRecords};
 * pages in {@code web/src/main/webapp/improvement/}, beans in {@code io.tandem.web.improvement},
 * REST in {@code io.tandem.api.improvement}; {@code web.shell.FigureFormat#formula(GainShare)}.
 */
package io.tandem.improvement;
