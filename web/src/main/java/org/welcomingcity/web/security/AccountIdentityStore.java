package org.welcomingcity.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.welcomingcity.identity.boundary.AccountCredentials;
import org.welcomingcity.identity.entity.Role;

/** The application's own accounts, the embedded default. Groups are the role names. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    AccountCredentials credentials;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return credentials.verify(credential.getCaller(), credential.getPassword().getValue())
                .map(roles -> new CredentialValidationResult(credential.getCaller(),
                        roles.stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
