package io.tandem.web.servicelevel;

import io.tandem.servicelevel.AbandonTreatment;
import io.tandem.servicelevel.ComputationTerms;
import io.tandem.servicelevel.KpiDefinition;
import io.tandem.servicelevel.ResolutionBasis;
import java.io.Serializable;

/** Whether a level is computed from the interaction records, and its conventions, as the client sets them. */
public class ComputationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long levelId;
    private boolean computed;
    private Integer shortAbandonSeconds;
    private AbandonTreatment abandonTreatment;
    private ResolutionBasis resolutionBasis;

    public ComputationTerms terms() {
        return new ComputationTerms(computed, shortAbandonSeconds, abandonTreatment, resolutionBasis);
    }

    /** Starts from the level's conventions as they are. */
    void fill(KpiDefinition kpi) {
        computed = kpi != null;
        shortAbandonSeconds = kpi == null ? null : kpi.shortAbandonSeconds();
        abandonTreatment = kpi == null ? null : kpi.abandonTreatment();
        resolutionBasis = kpi == null ? null : kpi.resolutionBasis();
    }

    public long getLevelId() {
        return levelId;
    }

    public void setLevelId(long levelId) {
        this.levelId = levelId;
    }

    public boolean isComputed() {
        return computed;
    }

    public void setComputed(boolean computed) {
        this.computed = computed;
    }

    public Integer getShortAbandonSeconds() {
        return shortAbandonSeconds;
    }

    public void setShortAbandonSeconds(Integer shortAbandonSeconds) {
        this.shortAbandonSeconds = shortAbandonSeconds;
    }

    public AbandonTreatment getAbandonTreatment() {
        return abandonTreatment;
    }

    public void setAbandonTreatment(AbandonTreatment abandonTreatment) {
        this.abandonTreatment = abandonTreatment;
    }

    public ResolutionBasis getResolutionBasis() {
        return resolutionBasis;
    }

    public void setResolutionBasis(ResolutionBasis resolutionBasis) {
        this.resolutionBasis = resolutionBasis;
    }
}
