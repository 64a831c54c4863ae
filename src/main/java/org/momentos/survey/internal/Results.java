package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.momentos.survey.Option;
import org.momentos.survey.Question;
import org.momentos.survey.QuestionType;
import org.momentos.survey.Survey;

/**
 * The results of one survey: responses, response rate per channel, NPS, CSAT and CES with
 * their distributions, the choices made, and the open answers.
 */
record Results(int responses, int complete, int partial, List<ChannelRate> channels, List<ScaleResult> scales,
		List<ChoiceResult> choices, List<OpenAnswer> openAnswers) {

	/**
	 * Per channel: invitations (personal channels only), responses started and finished.
	 */
	record ChannelRate(String channel, Integer invited, int started, int complete) {

		public Integer ratePercent() {
			int base = this.invited == null ? this.started : this.invited;
			return base == 0 ? null : Math.round(100f * this.complete / base);
		}

	}

	/**
	 * One scale question: how many chose each value, and its headline figure (NPS score,
	 * CSAT share of 4–5, or the mean for CES and stars).
	 */
	record ScaleResult(String key, String text, QuestionType type, Map<Integer, Integer> distribution, int answers,
			Double headline) {

		public int max() {
			return this.distribution.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		}

	}

	record ChoiceResult(String key, String text, Map<String, Integer> counts, int answers) {
	}

	record OpenAnswer(long response, String question, String text) {
	}

	static Results of(Survey survey, List<SurveyResponse> responses, Map<String, Integer> invited, String language) {
		int complete = (int) responses.stream().filter(SurveyResponse::complete).count();
		Map<String, int[]> perChannel = new TreeMap<>();
		invited.keySet().forEach((channel) -> perChannel.put(channel, new int[2]));
		responses.forEach((response) -> {
			int[] counts = perChannel.computeIfAbsent(response.channel(), (ignored) -> new int[2]);
			counts[0]++;
			if (response.complete()) {
				counts[1]++;
			}
		});
		List<ChannelRate> channels = new ArrayList<>();
		perChannel.forEach((channel, counts) -> channels
			.add(new ChannelRate(channel, invited.get(channel), counts[0], counts[1])));
		List<ScaleResult> scales = new ArrayList<>();
		List<ChoiceResult> choices = new ArrayList<>();
		List<OpenAnswer> open = new ArrayList<>();
		for (Question question : survey.definition().questions()) {
			String text = question.text().in(language);
			if (question.type().isScale()) {
				scales.add(scale(question, text, responses));
			}
			else if (question.type().isText()) {
				responses.stream()
					.filter((response) -> response.answers().get(question.key()) != null)
					.forEach((response) -> open
						.add(new OpenAnswer(response.id(), text, response.answers().get(question.key()).toString())));
			}
			else {
				choices.add(choice(question, text, language, responses));
			}
		}
		open.sort((a, b) -> Long.compare(b.response(), a.response()));
		return new Results(responses.size(), complete, responses.size() - complete, channels, scales, choices,
				open.size() > 200 ? open.subList(0, 200) : open);
	}

	private static ScaleResult scale(Question question, String text, List<SurveyResponse> responses) {
		QuestionType type = question.type();
		Map<Integer, Integer> distribution = new LinkedHashMap<>();
		for (int value = type.min(); value <= type.max(); value++) {
			distribution.put(value, 0);
		}
		int answers = 0;
		double sum = 0;
		for (SurveyResponse response : responses) {
			if (response.answers().get(question.key()) instanceof Number number) {
				distribution.merge(number.intValue(), 1, Integer::sum);
				answers++;
				sum += number.intValue();
			}
		}
		Double headline = null;
		if (answers > 0) {
			headline = switch (type) {
				case NPS -> {
					int promoters = distribution.get(9) + distribution.get(10);
					int detractors = 0;
					for (int value = 0; value <= 6; value++) {
						detractors += distribution.get(value);
					}
					yield Math.round(1000.0 * (promoters - detractors) / answers) / 10.0;
				}
				case CSAT -> Math.round(1000.0 * (distribution.get(4) + distribution.get(5)) / answers) / 10.0;
				default -> Math.round(100.0 * sum / answers) / 100.0;
			};
		}
		return new ScaleResult(question.key(), text, type, distribution, answers, headline);
	}

	private static ChoiceResult choice(Question question, String text, String language,
			List<SurveyResponse> responses) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (question.type() == QuestionType.YES_NO) {
			labels.put("yes", "es".equals(language) ? "Sí" : "Yes");
			labels.put("no", "No");
		}
		for (Option option : question.options()) {
			labels.put(option.key(), option.label().in(language));
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		labels.values().forEach((label) -> counts.put(label, 0));
		int answers = 0;
		for (SurveyResponse response : responses) {
			Object answer = response.answers().get(question.key());
			if (answer == null) {
				continue;
			}
			answers++;
			List<?> chosen = answer instanceof List<?> list ? list : List.of(answer);
			chosen.forEach((key) -> counts.merge(labels.getOrDefault(String.valueOf(key), String.valueOf(key)), 1,
					Integer::sum));
		}
		return new ChoiceResult(question.key(), text, counts, answers);
	}

}
