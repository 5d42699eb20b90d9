package io.tandem.api;

import io.tandem.tenancy.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a state-changing endpoint's service demands (any one of them, where the side
 * decides which). The service enforces it; this makes it readable beside the route, and lets the
 * permission matrix test try every role against every such endpoint: one that lacks it fails
 * that test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    Permission[] value();
}
