package org.momentos.archfixture.internal.enrichment;

import org.springframework.context.ApplicationEventPublisher;

/**
 * A known-good fixture: Spring is allowed in the enrichment package, around the engine.
 * {@code InsightArchitectureTest} proves its rule accepts this package.
 */
public class SpringEnrichmentListener {

	private final ApplicationEventPublisher events;

	public SpringEnrichmentListener(ApplicationEventPublisher events) {
		this.events = events;
	}

	public ApplicationEventPublisher events() {
		return this.events;
	}

}
