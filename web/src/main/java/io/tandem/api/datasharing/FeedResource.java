package io.tandem.api.datasharing;

import io.tandem.api.Requires;
import io.tandem.datasharing.DataCategory;
import io.tandem.datasharing.DataFeedService;
import io.tandem.datasharing.FeedDetails;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The feed log: read it, or record data shared outside Tandem under an agreement in force. */
@Path("workspaces/{workspaceId}/data-sharing/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedResource {

    public record NewFeed(long agreementId, @NotNull DataCategory category, long rows, @NotNull String description) {
    }

    @Inject
    DataFeedService feeds;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    public List<FeedDetails> list() {
        return feeds.feeds(workspaceId);
    }

    @POST
    @Requires(Permission.RECORD_DATA_FEEDS)
    public Response record(@NotNull @Valid NewFeed feed) {
        return Response.status(Response.Status.CREATED).entity(feeds.recordFeed(workspaceId, feed.agreementId(),
                feed.category(), feed.rows(), feed.description())).build();
    }
}
