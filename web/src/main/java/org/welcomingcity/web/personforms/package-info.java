/**
 * The person's forms on the request page: what to say to the person in their language, and the
 * notice and consent form as PDF for printing.
 */
package org.welcomingcity.web.personforms;
