/**
 * Letters to the requesting federal agency when a request is declined or refused, citing the
 * law, as PDF from per-city templates. Depends on nothing else in the application, so the
 * workflow passes plain values in.
 */
package org.welcomingcity.letters;
