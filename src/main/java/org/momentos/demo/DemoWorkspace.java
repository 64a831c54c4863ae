package org.momentos.demo;

import java.util.Locale;
import java.util.Optional;

import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.WorkspaceSetup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bilingual demo workspace: three published journeys, an online shop and a hotel
 * mapped in Spanish and a restaurant in English, owned by the first owner of Momentos.
 */
@Service
public class DemoWorkspace {

	public static final String NAME = "Demo · Aurora";

	private final WorkspaceSetup setup;

	private final Journeys journeys;

	DemoWorkspace(WorkspaceSetup setup, Journeys journeys) {
		this.setup = setup;
		this.journeys = journeys;
	}

	/**
	 * Creates the workspace and its journeys, unless it exists; its access when created.
	 */
	@Transactional
	public Optional<WorkspaceAccess> create() {
		return this.setup.createOwnedByFirstOwner(NAME).map((access) -> {
			publish(access, "online-shop", "Aurora Shop: compra online", Locale.forLanguageTag("es"));
			publish(access, "restaurant", "Aurora Bistro: dinner", Locale.ENGLISH);
			publish(access, "hotel", "Hotel Aurora: estancia", Locale.forLanguageTag("es"));
			return access;
		});
	}

	/** The first owner's access to the demo workspace, creating it when needed. */
	public WorkspaceAccess access() {
		return create().or(() -> this.setup.accessOfFirstOwner(NAME)).orElseThrow();
	}

	private void publish(WorkspaceAccess access, String template, String name, Locale language) {
		JourneyId id = this.journeys.createFromTemplate(access, template, name, language);
		Journey journey = this.journeys.get(access, id);
		this.journeys.publish(access, id, journey.revision());
	}

}
