/** The 2023 provincial business-capital aid for extremely poor households. */
package id.bansos.rules.program.extremepoverty;
