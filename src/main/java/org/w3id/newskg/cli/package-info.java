/**
 * The command line (picocli): {@code extract}, {@code demo} and the store commands. The only package that
 * prints; every other package reports through return values and exceptions.
 */
package org.w3id.newskg.cli;
