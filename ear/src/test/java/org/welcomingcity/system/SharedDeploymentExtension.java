package org.welcomingcity.system;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link SharedDeploymentContainer} in place of Payara's managed container. */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraManagedDeployableContainer.class,
                SharedDeploymentContainer.class);
    }
}
