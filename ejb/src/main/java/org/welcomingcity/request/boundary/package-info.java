/**
 * The workflow's use cases for the web tier: submit a request, find and list the ones the
 * caller may see, take a workflow step. Row-level access is enforced here, as RequestAccess
 * decides it, never in the pages: they show what the request's view says the caller may do.
 */
package org.welcomingcity.request.boundary;
