package io.tandem.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose every call runs with the caller named to PostgreSQL, so row-level
 * security scopes each query to the caller's workspaces. Every service that touches
 * workspace data carries it; {@code TenancyCoverageTest} checks that they do.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Tenancy {
}
