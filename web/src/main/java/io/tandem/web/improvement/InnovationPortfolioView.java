package io.tandem.web.improvement;

import io.tandem.improvement.InnovationService;
import io.tandem.improvement.WorkspaceInnovation;
import io.tandem.web.shell.TableRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The client's innovation figures, one row per workspace it sees from the client side. */
@Named
@ViewScoped
public class InnovationPortfolioView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InnovationService innovation;

    private List<WorkspaceInnovation> rows = List.of();

    public void load() {
        rows = TableRows.of(innovation.portfolio());
    }

    public List<WorkspaceInnovation> getRows() {
        return rows;
    }
}
