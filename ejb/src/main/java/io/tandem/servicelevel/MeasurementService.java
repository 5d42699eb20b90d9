package io.tandem.servicelevel;

import io.tandem.audit.AuditService;
import io.tandem.platform.DomainException;
import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measurements and their review: the provider submits (one at a time or in bulk) and answers
 * disputes; the client accepts, disputes and resolves. Every step is a row change, so the audit
 * trail records it.
 */
@Stateless
@Tenancy
public class MeasurementService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    @Inject
    AuditService audit;

    private final Clock clock = Clock.systemUTC();

    /** What awaits a decision: submitted and disputed measurements, oldest month first. */
    public List<MeasurementDetails> reviewQueue(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        return views(em.createQuery("""
                        select m from Measurement m join fetch m.serviceLevel
                        where m.workspaceId = :workspace and m.status in :open
                        order by m.period, m.serviceLevel.name""", Measurement.class)
                .setParameter("workspace", workspaceId)
                .setHint(WorkspaceRecords.BATCH, "m.thread").setHint(WorkspaceRecords.BATCH, "m.submittedBy")
                .setHint(WorkspaceRecords.BATCH, "m.reviewedBy")
                .setHint(WorkspaceRecords.BATCH, "m.serviceLevel.targets")
                .setParameter("open", List.of(MeasurementStatus.SUBMITTED, MeasurementStatus.DISPUTED))
                .getResultList());
    }

    /** One service level's measurements, newest month first. */
    public List<MeasurementDetails> measurements(long workspaceId, long serviceLevelId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        records(workspaceId).serviceLevel(serviceLevelId);
        return views(em.createQuery("""
                        select m from Measurement m join fetch m.serviceLevel
                        where m.serviceLevel.id = :level order by m.period desc""", Measurement.class)
                .setParameter("level", serviceLevelId)
                .setHint(WorkspaceRecords.BATCH, "m.thread").setHint(WorkspaceRecords.BATCH, "m.submittedBy")
                .setHint(WorkspaceRecords.BATCH, "m.reviewedBy").getResultList());
    }

    public MeasurementDetails measurement(long workspaceId, long measurementId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        return view(records(workspaceId).measurement(measurementId));
    }

    /** Every state the measurement has been in, oldest first: submissions, corrections, reviews. */
    public List<MeasurementRevision> history(long workspaceId, long measurementId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        records(workspaceId).measurement(measurementId);
        return audit.history(workspaceId, "measurements", String.valueOf(measurementId)).stream()
                .filter(event -> event.after() != null)
                .map(MeasurementRevision::of).toList();
    }

    /**
     * The provider's value for a month not submitted before ({@link #correct} changes one). Two
     * first submissions of the same month at once: the second is refused as a conflict.
     */
    public MeasurementDetails submit(long workspaceId, long serviceLevelId, YearMonth period, BigDecimal value,
                                  BigDecimal numerator, BigDecimal denominator, String evidence,
                                  MeasurementSource source) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.SUBMIT_MEASUREMENTS);
        WorkspaceRecords records = records(workspaceId);
        ServiceLevel level = records.serviceLevel(serviceLevelId);
        MeasuredValue measured = MeasuredValue.of(level.metric().metric(), value, numerator, denominator);
        if (period != null && existing(level, period).isPresent()) {
            throw new DomainException("servicelevel.measurement.alreadySubmitted", period.toString());
        }
        Measurement measurement = new Measurement(level, period, measured, source, evidence, records.actor(grant, clock));
        em.persist(measurement);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                throw new OptimisticLockException(measurement);
            }
            throw e;
        }
        return view(measurement);
    }

    /** The provider corrects a month the client has not reviewed yet, as last read. */
    public MeasurementDetails correct(long workspaceId, long measurementId, long version, BigDecimal value,
                                   BigDecimal numerator, BigDecimal denominator, String evidence,
                                   MeasurementSource source) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.SUBMIT_MEASUREMENTS);
        Measurement measurement = forChange(workspaceId, measurementId, version);
        measurement.correct(MeasuredValue.of(measurement.serviceLevel().metric().metric(), value, numerator,
                denominator), source, evidence, records(workspaceId).actor(grant, clock));
        return flushed(measurement);
    }

    public MeasurementDetails accept(long workspaceId, long measurementId, long version) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.REVIEW_MEASUREMENTS);
        Measurement measurement = forChange(workspaceId, measurementId, version);
        measurement.accept(records(workspaceId).actor(grant, clock));
        return flushed(measurement);
    }

    public MeasurementDetails dispute(long workspaceId, long measurementId, long version, String reason) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.REVIEW_MEASUREMENTS);
        Measurement measurement = forChange(workspaceId, measurementId, version);
        measurement.dispute(reason, records(workspaceId).actor(grant, clock));
        return flushed(measurement);
    }

    /** Either side adds to an open dispute: the provider's account manager, the client's reviewer. */
    public MeasurementDetails reply(long workspaceId, long measurementId, String text) {
        WorkspaceGrant grant = access.require(workspaceId);
        grant.require(grant.party() == Party.PROVIDER ? Permission.ANSWER_DISPUTES : Permission.REVIEW_MEASUREMENTS);
        WorkspaceRecords records = records(workspaceId);
        Measurement measurement = records.measurement(measurementId);
        measurement.reply(text, records.actor(grant, clock));
        return flushed(measurement);
    }

    /** The client closes a dispute; {@code agreedValue} (or numerator and denominator) only when it corrects the value. */
    public MeasurementDetails resolve(long workspaceId, long measurementId, long version, String resolution,
                                   BigDecimal agreedValue, BigDecimal numerator, BigDecimal denominator) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.REVIEW_MEASUREMENTS);
        Measurement measurement = forChange(workspaceId, measurementId, version);
        MeasuredValue agreed = agreedValue == null && numerator == null && denominator == null ? null
                : MeasuredValue.of(measurement.serviceLevel().metric().metric(), agreedValue, numerator, denominator);
        measurement.resolve(resolution, agreed, records(workspaceId).actor(grant, clock));
        return flushed(measurement);
    }

    /**
     * A file or batch of months from the provider: every line is checked, every bad line reported
     * with its number and reason, and nothing is stored unless every line is good. A line for a
     * month awaiting review replaces it: sending a corrected file again is how systems correct.
     */
    public BulkOutcome submitAll(long workspaceId, List<MeasurementLine> lines, MeasurementSource source) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.SUBMIT_MEASUREMENTS);
        WorkspaceRecords records = records(workspaceId);
        Actor provider = records.actor(grant, clock);
        List<MeasurementLines.Checked> checked = MeasurementLines.check(lines, em.createQuery("""
                        select s from ServiceLevel s join fetch s.contract where s.workspaceId = :workspace""",
                ServiceLevel.class).setParameter("workspace", workspaceId).getResultList());
        Map<Long, Map<YearMonth, Measurement>> existing = new HashMap<>();
        em.createQuery("select m from Measurement m where m.workspaceId = :workspace", Measurement.class)
                .setParameter("workspace", workspaceId).getResultList()
                .forEach(m -> existing.computeIfAbsent(m.serviceLevel().id(), k -> new HashMap<>()).put(m.period(), m));
        int created = 0;
        int corrected = 0;
        List<LineError> errors = new ArrayList<>();
        for (MeasurementLines.Checked line : checked) {
            Measurement month = existing.getOrDefault(line.level().id(), Map.of()).get(line.period());
            try {
                if (month != null) {
                    month.correct(line.value(), source, line.evidence(), provider);
                    corrected++;
                } else {
                    em.persist(new Measurement(line.level(), line.period(), line.value(), source, line.evidence(),
                            provider));
                    created++;
                }
            } catch (DomainException e) {
                errors.add(new LineError(line.lineNumber(), e.messageKey(), e.arguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedLinesException(errors);
        }
        em.flush();
        return new BulkOutcome(created, corrected);
    }

    /** How many months a bulk submission added and how many unreviewed ones it corrected. */
    public record BulkOutcome(int created, int corrected) {
    }

    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Measurement> existing(ServiceLevel level, YearMonth period) {
        return em.createQuery("select m from Measurement m where m.serviceLevel = :level and m.period = :period",
                        Measurement.class)
                .setParameter("level", level).setParameter("period", period.atDay(1))
                .getResultList().stream().findFirst();
    }

    private Measurement forChange(long workspaceId, long measurementId, long version) {
        Measurement measurement = records(workspaceId).measurement(measurementId);
        WorkspaceScope.requireVersion(measurement, measurement.version(), version);
        return measurement;
    }

    private MeasurementDetails flushed(Measurement measurement) {
        em.flush();
        return view(measurement);
    }

    private List<MeasurementDetails> views(List<Measurement> measurements) {
        return measurements.stream().map(this::view).toList();
    }

    private MeasurementDetails view(Measurement measurement) {
        ServiceLevel level = measurement.serviceLevel();
        return MeasurementDetails.of(measurement, level.targetFor(measurement.period()));
    }

    private WorkspaceRecords records(long workspaceId) {
        return new WorkspaceRecords(em, workspaceId);
    }
}
