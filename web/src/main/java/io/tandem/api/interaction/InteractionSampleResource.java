package io.tandem.api.interaction;

import io.tandem.api.ContentDisposition;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** A small interaction file in the documented format, to start from: the same for everyone signed in. */
@Path("interactions/sample.csv")
public class InteractionSampleResource {

    static final String SAMPLE = "sample.csv";

    @GET
    @Produces("text/csv")
    public Response sample() {
        InputStream sample = InteractionSampleResource.class.getResourceAsStream(SAMPLE);
        return Response.ok(sample).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment("interactions-sample.csv")).build();
    }
}
