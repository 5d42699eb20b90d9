package io.tandem.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Tandem's REST API for outside systems: JSON in and out, errors as application/problem+json. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {
}
