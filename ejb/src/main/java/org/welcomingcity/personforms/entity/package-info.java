/** The languages the person's forms are printed in, the forms, and their texts and versions. */
package org.welcomingcity.personforms.entity;
