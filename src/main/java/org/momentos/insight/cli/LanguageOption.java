package org.momentos.insight.cli;

import org.momentos.insight.Language;
import picocli.CommandLine;

/** Reads {@code --lang auto|es|en}. */
final class LanguageOption {

	private LanguageOption() {
	}

	static Language parse(String value) {
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "auto" -> Language.UND;
			case "es" -> Language.ES;
			case "en" -> Language.EN;
			default -> throw new CommandLine.ParameterException(new CommandLine(new AnalyzeCommand()),
					"--lang must be auto, es or en, not '" + value + "'");
		};
	}

}
