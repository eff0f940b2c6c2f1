package org.welcomingcity.system;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's managed container, except that an EAR several test classes share (the EAR as built,
 * {@link Deployments#welcoming()}, or the one for checks, {@link Deployments#welcomingForChecks()})
 * is deployed once and left in place for every class after it that asks for it, instead of being
 * deployed and undeployed around each class. A class that needs an EAR of its own (other
 * settings, in-container test classes) replaces it for its own run; the next class that asks for
 * a shared EAR deploys it again. Classes share the database either way, so a test never relies on
 * a fresh deployment to forget what an earlier class did.
 */
public class SharedDeploymentContainer extends PayaraManagedDeployableContainer {

    /** The shared EAR deployed now, as Arquillian handed it, and its name ({@link Deployments#sharedAs}). */
    private Archive<?> deployed;
    private String deployedAs;
    private ProtocolMetaData deployedAt;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String sharedAs = Deployments.sharedAs(archive);
        if (sharedAs != null && sharedAs.equals(deployedAs)) {
            return deployedAt;
        }
        undeployShared();
        ProtocolMetaData metaData = super.deploy(archive);
        if (sharedAs != null) {
            deployed = archive;
            deployedAs = sharedAs;
            deployedAt = metaData;
        }
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        String sharedAs = Deployments.sharedAs(archive);
        if (sharedAs == null || !sharedAs.equals(deployedAs)) {
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
            deployedAs = null;
            deployedAt = null;
            super.undeploy(shared);
        }
    }
}
