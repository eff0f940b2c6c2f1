/**
 * The REST API's root under {@code /welcoming/api}, and how business exceptions become HTTP
 * statuses with a JSON body that names what is wrong.
 */
package org.welcomingcity.web.api;
