package io.tandem.testing;

import java.util.concurrent.Callable;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.api.event.ManagerStarted;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.annotation.TestScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.Before;
import org.jboss.arquillian.test.spi.event.suite.BeforeClass;

/**
 * Deploys {@link TandemDeployment} once per test run and lets every Arquillian test class use
 * it. The Payara Micro adapter boots a new server for each deployment, so without this every
 * test class would pay a full server start. Test classes therefore declare no
 * {@code @Deployment} of their own.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    public static class Deployer {

        private DeploymentScenario scenario;
        private ProtocolMetaData protocolMetaData;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        @TestScoped
        private InstanceProducer<ProtocolMetaData> testProtocolMetaData;

        @Inject
        private Event<GenerateDeployment> generateDeployment;

        @Inject
        private Event<DeploymentEvent> deploymentEvent;

        @Inject
        private Instance<ClassContext> classContext;

        public void generate(@Observes(precedence = -100) ManagerStarted event) {
            inDeploymentClassScope(() -> {
                generateDeployment.fire(new GenerateDeployment(new TestClass(TandemDeployment.class)));
                scenario = classScenario.get();
                return null;
            });
        }

        public void deploy(@Observes AfterStart event, ContainerRegistry registry) {
            inDeploymentClassScope(() -> {
                for (Deployment deployment : scenario.deployments()) {
                    deploymentEvent.fire(new DeployDeployment(containerOf(registry, event), deployment));
                }
                return null;
            });
        }

        public void undeploy(@Observes BeforeStop event, ContainerRegistry registry) {
            inDeploymentClassScope(() -> {
                for (Deployment deployment : scenario.deployments()) {
                    deploymentEvent.fire(new UnDeployDeployment(containerOf(registry, event), deployment));
                }
                return null;
            });
        }

        public void keepProtocolMetaData(@Observes ProtocolMetaData metaData) {
            protocolMetaData = metaData;
        }

        public void useSharedScenario(@Observes EventContext<BeforeClass> event) {
            event.proceed();
            classScenario.set(scenario);
        }

        public void useSharedProtocolMetaData(@Observes EventContext<Before> event) {
            testProtocolMetaData.set(protocolMetaData);
            event.proceed();
        }

        public void skipPerClassDeploy(@Observes EventContext<DeployManagedDeployments> event) {
            // deployed once, in deploy()
        }

        public void skipPerClassUndeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            // undeployed once, in undeploy()
        }

        private void inDeploymentClassScope(Callable<Void> work) {
            ClassContext context = classContext.get();
            context.activate(TandemDeployment.class);
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException("Shared deployment failed", e);
            } finally {
                context.deactivate();
            }
        }

        private static Container containerOf(ContainerRegistry registry,
                                             org.jboss.arquillian.container.spi.event.container.ContainerEvent event) {
            return registry.getContainers().stream()
                    .filter(container -> container.getDeployableContainer() == event.getDeployableContainer())
                    .findFirst()
                    .orElseThrow();
        }
    }
}
