package org.momentos.demo;

import java.util.Locale;

import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On start with {@code --demo}, creates (once) a bilingual demo workspace with three
 * published journeys: an online shop and a hotel mapped in Spanish, a restaurant in
 * English.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("momentos.demo")
class DemoWorkspace implements ApplicationRunner {

	static final String NAME = "Demo · Aurora";

	private static final Logger logger = LoggerFactory.getLogger(DemoWorkspace.class);

	private final WorkspaceSetup setup;

	private final Journeys journeys;

	DemoWorkspace(WorkspaceSetup setup, Journeys journeys) {
		this.setup = setup;
		this.journeys = journeys;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		this.setup.createOwnedByFirstOwner(NAME).ifPresent((access) -> {
			publish(access, "online-shop", "Aurora Shop: compra online", Locale.forLanguageTag("es"));
			publish(access, "restaurant", "Aurora Bistro: dinner", Locale.ENGLISH);
			publish(access, "hotel", "Hotel Aurora: estancia", Locale.forLanguageTag("es"));
			logger.info("Demo workspace '{}' created with three journeys", NAME);
		});
	}

	private void publish(WorkspaceAccess access, String template, String name, Locale language) {
		JourneyId id = this.journeys.createFromTemplate(access, template, name, language);
		Journey journey = this.journeys.get(access, id);
		this.journeys.publish(access, id, journey.revision());
	}

}
