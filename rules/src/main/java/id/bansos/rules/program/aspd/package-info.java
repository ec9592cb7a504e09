/** ASPD: the province's cash aid for people with a severe disability. */
package id.bansos.rules.program.aspd;
