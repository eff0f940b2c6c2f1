/**
 * A request on the pages and over HTTP: the intake form, the queues and lists, scanned documents,
 * letters and custody outcomes. The use cases decide who may see and do what.
 */
package org.welcomingcity.web.request;
