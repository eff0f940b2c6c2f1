/**
 * The REST API's root under {@code /welcoming/api}, its ping, the strict reading of JSON request
 * bodies ({@link org.welcomingcity.web.api.JsonFields}, the one reader every body goes through) and
 * of query parameters, with one reading of a choice, and how errors become HTTP statuses with a
 * JSON body that names what is wrong.
 */
package org.welcomingcity.web.api;
