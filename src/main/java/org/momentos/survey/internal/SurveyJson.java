package org.momentos.survey.internal;

import java.util.Map;

import org.momentos.survey.SurveyDefinition;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the survey module: definitions, answers, attributes. */
final class SurveyJson {

	static final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private SurveyJson() {
	}

	static String write(Object value) {
		return mapper.writeValueAsString(value);
	}

	static SurveyDefinition definition(String json) {
		return mapper.readValue(json, SurveyDefinition.class);
	}

	static Map<String, Object> answers(String json) {
		return mapper.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

	static Map<String, String> attributes(String json) {
		return mapper.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}

}
