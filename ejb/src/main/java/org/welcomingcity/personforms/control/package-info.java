/** The person's forms laid out as PDF. */
package org.welcomingcity.personforms.control;
