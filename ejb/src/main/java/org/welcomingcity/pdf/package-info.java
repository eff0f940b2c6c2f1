/**
 * What every PDF of the application shares: fonts embedded from maintained packages (subsets,
 * so files stay small) that show the city's languages, Arabic joined and set right to left.
 * Letters, reports and the person's forms lay out their own pages on top of it.
 */
package org.welcomingcity.pdf;
