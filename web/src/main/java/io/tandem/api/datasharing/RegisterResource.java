package io.tandem.api.datasharing;

import io.tandem.datasharing.AgreementSummary;
import io.tandem.datasharing.DataSharingService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Every data-sharing agreement the caller may read, across the workspaces they see. */
@Path("data-sharing/register")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @Inject
    DataSharingService agreements;

    @GET
    public List<AgreementSummary> register() {
        return agreements.register();
    }
}
