package org.welcomingcity.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomingcity.identity.boundary.AccountDirectory;
import org.welcomingcity.identity.boundary.AccountMatches;
import org.welcomingcity.identity.boundary.AccountSummary;
import org.welcomingcity.identity.boundary.NewAccount;
import org.welcomingcity.identity.boundary.OwnPassword;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.web.api.InvalidRequestException;
import org.welcomingcity.web.api.JsonFields;
import org.welcomingcity.web.api.Problem;
import org.welcomingcity.web.api.QueryParams;

/**
 * Accounts. Any signed-in caller reaches this resource; the EJB boundary decides who may
 * act, so the role check holds for every client of the boundary, not only this one. Changes
 * may send the {@code version} last read: a change made meanwhile is then answered with 409.
 */
@ApplicationScoped
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Account administration (ADMIN) and a user's own password")
public class AccountsResource {

    /** The header of the list that says how many accounts match in all. */
    static final String TOTAL = "X-Total-Count";

    @EJB
    AccountDirectory directory;

    @EJB
    OwnPassword ownPassword;

    @GET
    @Operation(summary = "Accounts whose user name, name or unit contain the filter (all without one), by user name;"
            + " with size, the first that many. " + TOTAL + " says how many match in all.")
    @APIResponse(responseCode = "200", description = "The accounts, by user name",
            headers = @Header(name = TOTAL, description = "How many accounts match", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AccountSummary.class)))
    public Response list(@QueryParam("filter") String filter, @QueryParam("size") String size) {
        Integer max = QueryParams.number("size", size);
        AccountMatches found = directory.list(filter, max == null ? Integer.MAX_VALUE : max);
        return Response.ok(new GenericEntity<List<AccountSummary>>(found.accounts()) { })
                .header(TOTAL, found.total()).build();
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The annual account review list as CSV")
    public Response review() {
        return Response.ok(AccountReviewCsv.of(directory.review()))
                .header("Content-Disposition", "attachment; filename=\"account-review.csv\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an account; its holder must change the first password at the first log-on")
    public Response create(String body, @Context UriInfo uri) {
        JsonFields fields = JsonFields.of(body, List.of("username", "displayName", "unit", "roles", "password"));
        NewAccount request = new NewAccount(fields.text("username"), fields.text("displayName"), fields.text("unit"),
                fields.choices("roles", Role.class), fields.text("password"));
        fields.done(); // missing fields: the boundary's validation names them
        AccountSummary created = directory.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    @Path("{username}")
    public AccountSummary find(@PathParam("username") String username) {
        return directory.find(username);
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the account's roles: {\"roles\": [...], \"version\": n}")
    public AccountSummary changeRoles(@PathParam("username") String username, String body) {
        JsonFields fields = JsonFields.of(body, List.of("roles", "version"));
        Set<Role> roles = fields.choices("roles", Role.class);
        Long version = fields.number("version");
        fields.done();
        return directory.changeRoles(username, required("roles", roles.isEmpty() ? null : roles), version);
    }

    @PUT
    @Path("{username}/unit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the account to a unit (null: none): {\"unit\": \"...\", \"version\": n}")
    public AccountSummary changeUnit(@PathParam("username") String username, String body) {
        JsonFields fields = JsonFields.of(body, List.of("unit", "version"));
        String unit = fields.text("unit");
        Long version = fields.number("version");
        fields.done();
        return directory.changeUnit(username, unit, version);
    }

    @PUT
    @Path("{username}/service-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the account as a system's (true) or a person's (false); with single sign-on only"
            + " service accounts use HTTP Basic: {\"serviceAccount\": true, \"version\": n}")
    public AccountSummary markServiceAccount(@PathParam("username") String username, String body) {
        JsonFields fields = JsonFields.of(body, List.of("serviceAccount", "version"));
        Boolean service = fields.flag("serviceAccount");
        Long version = fields.number("version");
        fields.done();
        return directory.markServiceAccount(username, required("serviceAccount", service), version);
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable the account: it can no longer sign in. Optional body {\"version\": n}")
    public AccountSummary disable(@PathParam("username") String username, String body) {
        return directory.disable(username, versionOnly(body));
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable the account again. Optional body {\"version\": n}")
    public AccountSummary enable(@PathParam("username") String username, String body) {
        return directory.enable(username, versionOnly(body));
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Lift a lockout after failed log-ons. Optional body {\"version\": n}")
    public AccountSummary unlock(@PathParam("username") String username, String body) {
        return directory.unlock(username, versionOnly(body));
    }

    @POST
    @Path("{username}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password that the holder must change at the next log-on: {\"password\": \"...\"}")
    public AccountSummary resetPassword(@PathParam("username") String username, String body) {
        JsonFields fields = JsonFields.of(body, List.of("password", "version"));
        String password = fields.text("password");
        Long version = fields.number("version");
        fields.done();
        return directory.resetPassword(username, required("password", password), version);
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your own password: {\"currentPassword\": \"...\", \"newPassword\": \"...\"}")
    public Response changeOwnPassword(@PathParam("username") String username, String body,
            @Context SecurityContext security) {
        if (!username.equals(security.getUserPrincipal().getName())) {
            return Problem.response(Response.Status.FORBIDDEN, "You may change only your own password.");
        }
        JsonFields fields = JsonFields.of(body, List.of("currentPassword", "newPassword"));
        String current = fields.text("currentPassword");
        String next = fields.text("newPassword");
        fields.done();
        ownPassword.change(required("currentPassword", current), required("newPassword", next));
        return Response.noContent().build();
    }

    /** The optional body of an action: nothing, or {"version": n}. */
    private static Long versionOnly(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonFields fields = JsonFields.of(body, List.of("version"));
        Long version = fields.number("version");
        fields.done();
        return version;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidRequestException(field, "required");
        }
        return value;
    }
}
