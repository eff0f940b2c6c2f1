/** Account administration over REST (ADMIN). Depends on the identity boundary. */
package org.welcomingcity.web.identity;
