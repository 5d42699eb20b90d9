package io.tandem.workspace;

import io.tandem.tenancy.Caller;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** An in-container test with its own fresh tenants, acting as their users. */
@ExtendWith(ArquillianExtension.class)
public abstract class TwoEngagementsTest {

    @Inject
    protected TenantFixtures fixtures;

    @Inject
    protected Caller caller;

    protected TenantFixtures.TwoEngagements tenants;

    @BeforeEach
    void createTenants() {
        tenants = fixtures.twoEngagements();
    }

    protected <T> T as(String email, Callable<T> work) throws Exception {
        return caller.runAs(email, work);
    }
}
