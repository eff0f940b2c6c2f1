package org.welcomingcity.web.security.provider;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.boundary.ExternalLogOn;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.web.security.IdentitySettings;
import org.welcomingcity.web.security.IdentitySource;
import org.welcomingcity.web.security.JustInTimeAccounts;

/**
 * Turns a person the provider vouched for into a caller with roles, through
 * {@code welcoming.identity.group-roles}; none mapped, no entry. Audited like every log-on.
 * Each log-on records the person's account, with the unit from {@code unit-claim}. Lockout and
 * multi-factor authentication are the provider's.
 */
@ApplicationScoped
public class ProviderIdentityStore implements IdentityStore {

    @Inject
    IdentitySettings settings;

    @EJB
    AuditTrail trail;

    @Inject
    JustInTimeAccounts accounts;

    @Override
    public Set<ValidationType> validationTypes() {
        return settings.source() == IdentitySource.OIDC ? EnumSet.allOf(ValidationType.class) : Set.of();
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof ProviderCredential person ? validate(person)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validate(ProviderCredential credential) {
        Set<String> roles = settings.groupRoles().rolesOf(credential.groups());
        String target = Account.auditTarget(credential.caller());
        if (roles.isEmpty()) {
            trail.recordAlone(credential.caller(), AuditAction.LOGON_FAILED, target, AuditOutcome.FAILED,
                    AuditDetail.of("source", "oidc").and("reason", "no group mapped to a role"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        ExternalLogOn recorded = accounts.record(credential.caller(), credential.externalId(),
                credential.displayName(), credential.unit(), roles, "oidc");
        if (recorded.refusal().isPresent()) {
            trail.recordAlone(credential.caller(), AuditAction.LOGON_FAILED, target, AuditOutcome.FAILED,
                    AuditDetail.of("source", "oidc").and("reason", recorded.refusal().get()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        String account = recorded.username();
        trail.recordLogOn(account, roles, AuditDetail.of("source", "oidc").and("roles", roles.toString()));
        return new CredentialValidationResult(account, roles);
    }
}
