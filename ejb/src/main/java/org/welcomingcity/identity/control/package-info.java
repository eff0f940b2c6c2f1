/** Finding and storing accounts, password hashing, and the demo accounts of the embedded setup. Depends on identity.entity (and the audit boundary for the demo accounts). */
package org.welcomingcity.identity.control;
