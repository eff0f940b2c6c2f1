/**
 * The evaluation API: what the law says about one ask, and which rule packs the application
 * knows. Request bodies are read strictly, field by field. Depends on the ordinance boundary.
 */
package org.welcomingcity.web.ordinance;
