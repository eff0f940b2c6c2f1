/** A request's review on the page and over HTTP: the request page with its steps, and the steps' REST resource. */
package org.welcomingcity.web.review;
