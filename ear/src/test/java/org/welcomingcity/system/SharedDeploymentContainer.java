package org.welcomingcity.system;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's managed container, except that the EAR as built ({@link Deployments#welcoming()}) is
 * deployed once and left in place for every test class that asks for it, instead of being
 * deployed and undeployed around each class. A class that needs a changed EAR (other settings,
 * in-container test classes) replaces it for its own run; the next class that asks for the EAR
 * as built deploys it again. Classes share the database either way, so a test never relies on
 * a fresh deployment to forget what an earlier class did.
 */
public class SharedDeploymentContainer extends PayaraManagedDeployableContainer {

    private Archive<?> deployed;
    private ProtocolMetaData deployedAt;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (archive == deployed) {
            return deployedAt;
        }
        undeployShared();
        ProtocolMetaData metaData = super.deploy(archive);
        if (Deployments.isAsBuilt(archive)) {
            deployed = archive;
            deployedAt = metaData;
        }
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (archive != deployed) {
            super.undeploy(archive);
        }
    }

    /** The shared EAR leaves with the suite, so that the next run on this domain deploys it anew. */
    @Override
    public void stop() throws LifecycleException {
        try {
            undeployShared();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not undeploy the shared EAR before stopping", e);
        }
        super.stop();
    }

    private void undeployShared() throws DeploymentException {
        if (deployed != null) {
            Archive<?> shared = deployed;
            deployed = null;
            deployedAt = null;
            super.undeploy(shared);
        }
    }
}
