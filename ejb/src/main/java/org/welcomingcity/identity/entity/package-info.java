/** Accounts and roles; no dependency on other features. */
package org.welcomingcity.identity.entity;
