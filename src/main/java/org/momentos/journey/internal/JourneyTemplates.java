package org.momentos.journey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The journey templates shipped with Momentos, read once from
 * {@code classpath:journey/templates/*.json}. A malformed template stops the application
 * at start-up with a message naming its file, rather than failing when a user picks it.
 */
@Component
public class JourneyTemplates {

	static final String LOCATION = "classpath*:journey/templates/*.json";

	private final Map<String, JourneyTemplate> templates;

	public JourneyTemplates() {
		this(LOCATION);
	}

	JourneyTemplates(String locationPattern) {
		this.templates = load(locationPattern);
	}

	/** All templates, ordered by id. */
	public List<JourneyTemplate> all() {
		return List.copyOf(this.templates.values());
	}

	public Optional<JourneyTemplate> find(String id) {
		return Optional.ofNullable(this.templates.get(id));
	}

	private static Map<String, JourneyTemplate> load(String locationPattern) {
		// Unknown properties are typos in a hand-written file: reject them.
		JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		Map<String, JourneyTemplate> byId = new LinkedHashMap<>();
		for (Resource resource : resources(locationPattern)) {
			JourneyTemplate template = read(mapper, resource);
			String expectedId = resource.getFilename().replaceFirst("\\.json$", "");
			if (!expectedId.equals(template.id())) {
				throw malformed(resource, "its id \"" + template.id() + "\" must match the file name", null);
			}
			if (byId.putIfAbsent(template.id(), template) != null) {
				throw malformed(resource, "another template already has the id \"" + template.id() + "\"", null);
			}
		}
		return byId;
	}

	private static List<Resource> resources(String locationPattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
			return Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list journey templates at " + locationPattern, ex);
		}
	}

	private static JourneyTemplate read(JsonMapper mapper, Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return mapper.readValue(in, JourneyTemplate.class);
		}
		catch (JacksonException ex) {
			throw malformed(resource, ex.getOriginalMessage() + " at " + ex.getPathReference(), ex);
		}
		catch (IOException ex) {
			throw malformed(resource, ex.getMessage(), ex);
		}
	}

	private static IllegalStateException malformed(Resource resource, String reason, Exception cause) {
		return new IllegalStateException(
				"Journey template " + resource.getFilename() + " is malformed: " + reason + " (" + resource + ")",
				cause);
	}

}
