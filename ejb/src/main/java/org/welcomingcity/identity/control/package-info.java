/** Password hashing and the demo accounts of the embedded setup. Depends on identity.entity only. */
package org.welcomingcity.identity.control;
