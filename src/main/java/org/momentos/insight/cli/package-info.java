/**
 * The {@code analyze} and {@code eval} commands of the command line, exposed to the
 * launcher.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.momentos.insight.cli;
