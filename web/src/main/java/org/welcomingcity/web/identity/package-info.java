/**
 * Account administration (ADMIN) over REST and in pages, the annual review list, and every
 * user's own password change. Depends on the identity boundary and its password policy.
 */
package org.welcomingcity.web.identity;
