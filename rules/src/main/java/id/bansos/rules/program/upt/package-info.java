/** Protection of clients (penerima manfaat) living in the province's UPT residential institutions. */
package id.bansos.rules.program.upt;
