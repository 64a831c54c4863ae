package org.momentos;

import java.util.concurrent.Callable;

import org.momentos.insight.cli.AnalyzeCommand;
import org.momentos.insight.cli.EvalCommand;
import org.momentos.insight.cli.TrainSentimentCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code momentos} command line: serves the web app when called without a subcommand.
 * Subcommands that only compute (analyze, eval) run without starting Spring, so they
 * start fast.
 */
@Command(name = "momentos", mixinStandardHelpOptions = true, versionProvider = MomentosVersion.class,
		description = "Momentos: customer-experience platform built around moments of truth.%n"
				+ "Without a subcommand, serves the web app (same as 'momentos serve').",
		subcommands = { ServeCommand.class, AnalyzeCommand.class, EvalCommand.class, TrainSentimentCommand.class,
				ReanalyzeCommand.class, EnrichmentBenchmarkCommand.class, DemoDataCommand.class, ImportCommand.class,
				BenchCommand.class, CommandLine.HelpCommand.class })
public class Momentos implements Callable<Integer> {

	@Mixin
	ServerOptions options;

	@Override
	public Integer call() {
		ServeCommand.serve(this.options);
		return 0;
	}

	public static void main(String[] args) {
		int exitCode = new CommandLine(new Momentos()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
		if (exitCode != 0) {
			System.exit(exitCode);
		}
	}

}
