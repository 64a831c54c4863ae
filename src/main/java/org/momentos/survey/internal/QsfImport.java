package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.momentos.platform.Problem;
import org.momentos.survey.Option;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.Text;
import org.momentos.survey.internal.SurveyDocuments.Skip;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Qualtrics survey export (.qsf, JSON): questions of the types we support (NPS,
 * multiple choice, text entry, slider and star rating), in block and page order, with
 * their Spanish or English translation. Everything else is reported as skipped, with the
 * reason.
 */
final class QsfImport {

	record Result(String name, SurveyDefinition definition, List<Skip> skipped) {
	}

	private QsfImport() {
	}

	static Result read(String qsf) {
		JsonNode root;
		try {
			root = SurveyJson.mapper.readTree(qsf);
		}
		catch (JacksonException ex) {
			throw Problem.invalid("survey.import.unreadable");
		}
		JsonNode elements = root.path("SurveyElements");
		if (!elements.isArray()) {
			throw Problem.invalid("survey.import.qsf.format");
		}
		String name = root.path("SurveyEntry").path("SurveyName").asString("Qualtrics survey");
		boolean spanishFirst = root.path("SurveyEntry")
			.path("SurveyLanguage")
			.asString("EN")
			.toUpperCase(Locale.ROOT)
			.startsWith("ES");
		Map<String, JsonNode> questions = new LinkedHashMap<>();
		List<JsonNode> blocks = new ArrayList<>();
		for (JsonNode element : elements) {
			String kind = element.path("Element").asString("");
			if ("SQ".equals(kind)) {
				questions.put(element.path("PrimaryAttribute").asString(""), element.path("Payload"));
			}
			else if ("BL".equals(kind)) {
				JsonNode payload = element.path("Payload");
				payload.forEach(blocks::add);
			}
		}
		List<Question> imported = new ArrayList<>();
		List<Skip> skipped = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		int page = 1;
		for (JsonNode block : blocks) {
			if ("Trash".equals(block.path("Type").asString(""))) {
				continue;
			}
			boolean pageHasQuestions = false;
			for (JsonNode item : block.path("BlockElements")) {
				if ("Page Break".equals(item.path("Type").asString(""))) {
					if (pageHasQuestions) {
						page++;
						pageHasQuestions = false;
					}
					continue;
				}
				String id = item.path("QuestionID").asString("");
				JsonNode payload = questions.get(id);
				if (payload == null || !placed.add(id)) {
					continue;
				}
				Question question = question(id, payload, page, spanishFirst, imported, skipped);
				if (question != null) {
					imported.add(question);
					pageHasQuestions = true;
				}
			}
			if (pageHasQuestions) {
				page++;
			}
		}
		Text title = new Text(name, name);
		SurveyDefinition definition = SurveyTemplates.blank(name).withQuestions(imported);
		return new Result(name, new SurveyDefinition(title, definition.intro(), definition.questions(),
				definition.thanks(), Text.EMPTY, Text.EMPTY, null, false), skipped);
	}

	private static Question question(String id, JsonNode payload, int page, boolean spanishFirst,
			List<Question> imported, List<Skip> skipped) {
		String qualtricsType = payload.path("QuestionType").asString("");
		String selector = payload.path("Selector").asString("");
		String label = qualtricsType + (selector.isEmpty() ? "" : "/" + selector);
		QuestionType type = typeOf(qualtricsType, selector);
		if (type == null) {
			skipped.add(new Skip(id, label, reasonFor(qualtricsType)));
			return null;
		}
		String key = keyOf(payload, id, imported);
		String base = plain(payload.path("QuestionText").asString(""));
		JsonNode translation = payload.path("Language").path(spanishFirst ? "EN" : "ES");
		String translated = plain(translation.path("QuestionText").asString(""));
		if (translated.isEmpty()) {
			skipped.add(new Skip(id, label, "survey.qsf.skip.translation"));
			translated = base;
		}
		Text text = spanishFirst ? new Text(base, translated) : new Text(translated, base);
		List<Option> options = new ArrayList<>();
		if (type.hasOptions()) {
			JsonNode choices = payload.path("Choices");
			List<String> order = new ArrayList<>();
			payload.path("ChoiceOrder").forEach((choice) -> order.add(choice.asString()));
			if (order.isEmpty()) {
				choices.propertyNames().forEach(order::add);
			}
			for (String choiceId : order) {
				String display = plain(choices.path(choiceId).path("Display").asString(""));
				String other = plain(translation.path("Choices").path(choiceId).path("Display").asString(""));
				other = other.isEmpty() ? display : other;
				options.add(new Option("o" + choiceId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""),
						spanishFirst ? new Text(display, other) : new Text(other, display)));
			}
		}
		if (payload.has("DisplayLogic")) {
			skipped.add(new Skip(id, label, "survey.qsf.skip.logic"));
		}
		boolean required = "ON".equals(payload.path("Validation").path("Settings").path("ForceResponse").asString(""));
		return new Question(key, type, text, null, required, page, options, null);
	}

	private static QuestionType typeOf(String qualtricsType, String selector) {
		return switch (qualtricsType) {
			case "MC" -> switch (selector) {
				case "NPS" -> QuestionType.NPS;
				case "SAVR", "SAHR", "SACOL", "DL", "SB" -> QuestionType.SINGLE_CHOICE;
				case "MAVR", "MAHR", "MACOL", "MSB" -> QuestionType.MULTIPLE_CHOICE;
				default -> null;
			};
			case "TE" -> switch (selector) {
				case "SL" -> QuestionType.SHORT_TEXT;
				case "ML", "ESTB" -> QuestionType.LONG_TEXT;
				default -> null;
			};
			case "Slider" -> QuestionType.STAR_RATING;
			default -> null;
		};
	}

	private static String reasonFor(String qualtricsType) {
		return switch (qualtricsType) {
			case "DB" -> "survey.qsf.skip.descriptive";
			case "Matrix" -> "survey.qsf.skip.matrix";
			case "TE" -> "survey.qsf.skip.form";
			default -> "survey.qsf.skip.type";
		};
	}

	private static String keyOf(JsonNode payload, String id, List<Question> imported) {
		String tag = payload.path("DataExportTag").asString(id).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
		String key = tag.isEmpty() || !Character.isLetterOrDigit(tag.charAt(0)) ? "q" + tag : tag;
		key = key.length() > 36 ? key.substring(0, 36) : key;
		String unique = key;
		for (int n = 2; isTaken(imported, unique); n++) {
			unique = key + "-" + n;
		}
		return unique;
	}

	private static boolean isTaken(List<Question> questions, String key) {
		return questions.stream().anyMatch((question) -> question.key().equals(key));
	}

	/** Qualtrics keeps question texts as HTML; we keep their words. */
	static String plain(String html) {
		String text = html.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]*>", " ");
		return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
	}

}
