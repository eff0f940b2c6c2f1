/**
 * What the pages share: texts and the labels of codes from the message bundle, and a use case's
 * refusal shown at its fields, or on its page when the page did not catch it; the use cases'
 * records read by the pages' expressions; the version in the addresses of the application's own
 * style sheets.
 */
package org.welcomingcity.web.page;
