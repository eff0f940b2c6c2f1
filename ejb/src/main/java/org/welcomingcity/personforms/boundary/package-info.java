/** The person's forms for the pages: the officer's sentence, the notice and the consent form. */
package org.welcomingcity.personforms.boundary;
