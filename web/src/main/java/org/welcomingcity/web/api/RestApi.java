package org.welcomingcity.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Every resource answers under {@code /welcoming/api}, authenticated with HTTP Basic.
 * <p>
 * Every resource is {@code @ApplicationScoped}: one instance that CDI hands to each request, not one
 * built and injected per request (an EJB lookup for each of its boundaries). So a resource keeps no
 * request in its fields: what belongs to the request ({@code @Context UriInfo}, the security
 * context) comes as a method parameter.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Welcoming City API", version = "1"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApi extends Application {
}
