/**
 * What the person the agency asks about is told and given, in the person's language: the
 * sentence the officer says, the notice of their rights and the written-consent form, in the
 * city's top languages (Chicago's language-access ordinance), printable as PDF. A consent records
 * the language and version of the form the person signed.
 */
package org.welcomingcity.personforms;
