/**
 * The Java code of the README and of {@code docs/}: each class holds one document's snippet
 * between {@code // snippet:start} and {@code // snippet:end} markers, imports included, and the
 * build compiles it, runs it in a test and checks that the document shows it verbatim
 * ({@code DocSnippetsTest}).
 */
package id.bansos.examples.docs;
