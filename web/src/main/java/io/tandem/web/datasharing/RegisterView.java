package io.tandem.web.datasharing;

import io.tandem.datasharing.AgreementSummary;
import io.tandem.datasharing.DataSharingService;
import io.tandem.web.shell.TableRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The register: every agreement the caller may read across their workspaces, filtered on the page. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DataSharingService agreements;

    private List<AgreementSummary> list = List.of();

    public void load() {
        list = TableRows.of(agreements.register());
    }

    public List<AgreementSummary> getList() {
        return list;
    }
}
