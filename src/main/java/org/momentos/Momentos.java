package org.momentos;

import org.momentos.insight.cli.AnalyzeCommand;
import org.momentos.insight.cli.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code momentos} command line: serves the web app when called without a subcommand.
 * Subcommands that only compute (analyze, eval) run without starting Spring, so they
 * start fast.
 */
@Command(name = "momentos", mixinStandardHelpOptions = true, versionProvider = MomentosVersion.class,
		description = "Momentos: customer-experience platform built around moments of truth.%n"
				+ "Without a subcommand, serves the web app (same as 'momentos serve').",
		subcommands = { AnalyzeCommand.class, EvalCommand.class, CommandLine.HelpCommand.class })
public class Momentos extends ServeCommand {

	public static void main(String[] args) {
		// picocli rejects, in the annotation, a subcommand that is a superclass of its
		// parent.
		CommandLine commandLine = new CommandLine(new Momentos()).addSubcommand("serve", new ServeCommand());
		int exitCode = commandLine.setCaseInsensitiveEnumValuesAllowed(true).execute(args);
		if (exitCode != 0) {
			System.exit(exitCode);
		}
	}

}
