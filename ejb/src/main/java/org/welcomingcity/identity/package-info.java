/** Accounts, roles and credentials of the people who use the application. */
package org.welcomingcity.identity;
