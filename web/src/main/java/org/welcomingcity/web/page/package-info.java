/** What the pages share: texts and the labels of codes from the message bundle, and a use case's refusal shown at its fields. */
package org.welcomingcity.web.page;
