package org.momentos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.momentos.signal.SignalSource;
import org.momentos.signal.internal.ImportMapping;
import org.momentos.signal.internal.SignalImports;
import org.momentos.signal.internal.SignalImports.Check;
import org.momentos.signal.internal.SignalImports.Inspection;
import org.momentos.signal.internal.SignalImports.Outcome;
import org.momentos.signal.internal.SignalImports.Policy;
import org.momentos.workspace.WorkspaceSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code momentos import}: the file import of the web app from the command line.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Import signals from a CSV, XLSX or JSON Lines file into a workspace.",
				"Works on the data directly: with the embedded PostgreSQL, stop the server first (its data "
						+ "directory cannot be shared with a running server), or point --db-url at the same "
						+ "external PostgreSQL as the server." },
		footer = { "", "Exit codes: 0 imported (or dry run clean), 1 rows rejected or nothing imported, 2 usage." })
class ImportCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions database;

	@Option(names = "--workspace", required = true, description = "Workspace slug (as in /w/<slug>/...).")
	String workspace;

	@Option(names = "--file", required = true, description = "The CSV, XLSX or JSON Lines file.")
	Path file;

	@Option(names = "--mapping",
			description = "A mapping saved in the workspace (by name) or a JSON mapping file; default: guessed from "
					+ "the headers.")
	String mapping;

	@Option(names = "--source", defaultValue = "OTHER",
			description = "Source of every row unless a column gives it: ${COMPLETION-CANDIDATES}.")
	SignalSource source;

	@Option(names = "--date-order",
			description = "How to read 03/04/2026: DAY_FIRST or MONTH_FIRST (asked when " + "the file cannot tell).")
	ImportMapping.DateOrder dateOrder;

	@Option(names = "--time-zone", description = "Zone of dates without one (default UTC, or the mapping's).")
	String timeZone;

	@Option(names = "--dry-run", description = "Check every row and list the problems; store nothing.")
	boolean dryRun;

	@Option(names = "--all-or-nothing", description = "Import nothing if any row is wrong (default: import the "
			+ "valid rows and write the rejected ones to --rejected).")
	boolean allOrNothing;

	@Option(names = "--rejected", description = "Where to write rejected rows (default: <file>.rejected.csv).")
	Path rejected;

	@Override
	public Integer call() throws Exception {
		if (!Files.isRegularFile(this.file)) {
			System.err.println("No such file: " + this.file);
			return 2;
		}
		try (ConfigurableApplicationContext context = OfflineMomentos.start(this.database)) {
			var target = context.getBean(WorkspaceSetup.class).findBySlug(this.workspace);
			if (target.isEmpty()) {
				System.err.println("No workspace with the slug " + this.workspace);
				return 2;
			}
			SignalImports imports = context.getBean(SignalImports.class);
			Inspection inspection = imports.inspect(this.file, this.file.getFileName().toString(), this.source);
			ImportMapping chosen = chosenMapping(imports, target.get(), inspection);
			System.out.printf("%s, %s, delimiter '%s'; columns: %s%n", inspection.shape().format(),
					inspection.shape().charset(), inspection.shape().delimiter(), inspection.columns());
			System.out.printf("mapping: %s%n", chosen.columns());
			if (this.dryRun) {
				Check check = imports.check(this.file, inspection.shape(), chosen, progress());
				System.out.println();
				check.problems()
					.forEach((problem) -> System.out.printf("line %d: %s: %s%n", problem.line(), problem.field(),
							message(context, problem.reason())));
				System.out.printf("%,d rows, %,d valid, %,d with problems%n", check.rows(), check.valid(),
						check.problemCount());
				return dateOrderProblem(check) || check.problemCount() > 0 ? 1 : 0;
			}
			Path rejectedRows = this.rejected != null ? this.rejected
					: this.file.resolveSibling(this.file.getFileName() + ".rejected.csv");
			Outcome outcome = imports.run(target.get(), this.file, inspection.shape(), chosen,
					this.allOrNothing ? Policy.ALL_OR_NOTHING : Policy.VALID_ROWS, rejectedRows, Locale.ENGLISH,
					progress());
			System.out.println();
			if (!outcome.imported()) {
				dateOrderProblem(outcome.check());
				outcome.check()
					.problems()
					.forEach((problem) -> System.out.printf("line %d: %s: %s%n", problem.line(), problem.field(),
							message(context, problem.reason())));
				System.out.printf("Nothing imported: %,d of %,d rows have problems.%n", outcome.rejected(),
						outcome.rows());
				return 1;
			}
			System.out.printf("%,d rows: %,d imported, %,d already there, %,d rejected%n", outcome.rows(),
					outcome.accepted(), outcome.duplicates(), outcome.rejected());
			if (outcome.rejected() > 0) {
				System.out.println("Rejected rows: " + rejectedRows);
				return 1;
			}
			Files.deleteIfExists(rejectedRows);
			return 0;
		}
	}

	private ImportMapping chosenMapping(SignalImports imports, org.momentos.workspace.WorkspaceId workspace,
			Inspection inspection) throws java.io.IOException {
		ImportMapping base = inspection.suggested();
		if (this.mapping != null) {
			Map<String, ImportMapping> saved = imports.savedMappings(workspace);
			if (saved.containsKey(this.mapping)) {
				base = saved.get(this.mapping);
			}
			else if (Files.isRegularFile(Path.of(this.mapping))) {
				base = JsonMapper.builder()
					.build()
					.readValue(Files.readString(Path.of(this.mapping)), ImportMapping.class);
			}
			else {
				throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
						"No saved mapping and no file named " + this.mapping);
			}
		}
		return new ImportMapping(base.source() == SignalSource.OTHER ? this.source : base.source(), base.columns(),
				this.dateOrder != null ? this.dateOrder : base.dateOrder(),
				this.timeZone != null ? this.timeZone : base.timeZone());
	}

	private static boolean dateOrderProblem(Check check) {
		if (check.dateOrderNeeded()) {
			System.out
				.println("Dates like 03/04/2026 can be read two ways: say --date-order DAY_FIRST or MONTH_FIRST.");
		}
		return check.dateOrderNeeded();
	}

	private static java.util.function.LongConsumer progress() {
		return (rows) -> System.out.printf("\r%,d rows", rows);
	}

	private static String message(ConfigurableApplicationContext context, String key) {
		return context.getMessage(key, null, key, Locale.ENGLISH);
	}

}
