/** Walking the hash chain to prove it intact or find the first bad event, and where a caller is. */
package org.welcomingcity.audit.control;
