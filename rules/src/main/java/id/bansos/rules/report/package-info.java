/** Reports generated from a catalog, such as the Markdown reference of every program and parameter. */
package id.bansos.rules.report;
