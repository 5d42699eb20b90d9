package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A service level's metric with its parameter (the T of "answered within T seconds", the repeat
 * window of first-contact resolution), its definition in words (required for a custom metric)
 * and which way is better (fixed by a standard metric, chosen for a custom one).
 */
@Embeddable
public class MetricDefinition {

    public static final int DEFINITION_MAX_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "metric", length = 40)
    private Metric metric;

    @Column(name = "metric_parameter")
    private Integer parameter;

    @Column(name = "metric_definition", length = DEFINITION_MAX_LENGTH)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 20)
    private Direction direction;

    protected MetricDefinition() {
    }

    public MetricDefinition(Metric metric, Integer parameter, String definition, Direction direction) {
        if (metric == null) {
            throw new DomainException("servicelevel.metric.required");
        }
        Metric.Parameter expected = metric.parameter();
        if (expected == Metric.Parameter.NONE && parameter != null) {
            throw new DomainException("servicelevel.metric.parameter.none");
        }
        if (expected != Metric.Parameter.NONE && (parameter == null || parameter < expected.lowest()
                || parameter > expected.highest())) {
            throw expected == Metric.Parameter.THRESHOLD_SECONDS
                    ? new DomainException("servicelevel.metric.parameter.thresholdSeconds", expected.lowest(),
                            expected.highest())
                    : new DomainException("servicelevel.metric.parameter.repeatWindowDays", expected.lowest(),
                            expected.highest());
        }
        String text = definition == null || definition.isBlank() ? null : definition.strip();
        if (metric == Metric.CUSTOM && text == null) {
            throw new DomainException("servicelevel.metric.definition.required");
        }
        if (text != null && text.length() > DEFINITION_MAX_LENGTH) {
            throw new DomainException("servicelevel.metric.definition.tooLong", DEFINITION_MAX_LENGTH);
        }
        if (metric.direction() != null && direction != null && direction != metric.direction()) {
            throw new DomainException("servicelevel.metric.direction.fixed");
        }
        if (metric.direction() == null && direction == null) {
            throw new DomainException("servicelevel.metric.direction.required");
        }
        this.metric = metric;
        this.parameter = parameter;
        this.definition = text;
        this.direction = metric.direction() != null ? metric.direction() : direction;
    }

    public Metric metric() {
        return metric;
    }

    public Integer parameter() {
        return parameter;
    }

    public String definition() {
        return definition;
    }

    public Direction direction() {
        return direction;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricDefinition that && metric == that.metric && Objects.equals(parameter, that.parameter)
                && Objects.equals(definition, that.definition) && direction == that.direction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, parameter, definition, direction);
    }
}
