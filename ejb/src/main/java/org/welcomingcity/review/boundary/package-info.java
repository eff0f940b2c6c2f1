/**
 * The workflow's use cases for the web tier: submit a request, find and list the ones the
 * caller may see, take a workflow step. Row-level access is decided here, never in the pages.
 */
package org.welcomingcity.review.boundary;
