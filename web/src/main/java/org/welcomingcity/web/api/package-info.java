/**
 * The REST API's root under {@code /welcoming/api}, its ping, the strict reading of JSON request
 * bodies, and how errors become HTTP statuses with a JSON body that names what is wrong.
 */
package org.welcomingcity.web.api;
