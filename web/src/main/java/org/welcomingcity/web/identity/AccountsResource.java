package org.welcomingcity.web.identity;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.welcomingcity.identity.boundary.AccountDirectory;
import org.welcomingcity.identity.boundary.AccountSummary;
import org.welcomingcity.identity.boundary.NewAccount;

/**
 * Accounts. Any signed-in caller reaches this resource; the EJB boundary decides who may
 * act, so the role check holds for every client of the boundary, not only this one.
 */
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @EJB
    AccountDirectory directory;

    @Context
    UriInfo uri;

    @POST
    public Response open(NewAccount request) {
        AccountSummary opened = directory.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.username()).build()).entity(opened).build();
    }

    @GET
    @Path("{username}")
    public AccountSummary find(@PathParam("username") String username) {
        return directory.find(username);
    }
}
