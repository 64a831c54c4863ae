package org.momentos.signal.internal;

import java.util.Map;

import org.momentos.Fixtures.Team;

import org.springframework.stereotype.Component;

/** Connects inbound webhooks for tests. */
@Component
public class WebhookFixtures {

	private final Webhooks webhooks;

	WebhookFixtures(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	public void connect(Team team, String adapter, String secret) {
		connect(team, adapter, secret, Map.of());
	}

	public void connect(Team team, String adapter, String secret, Map<String, String> mapping) {
		this.webhooks.connect(team.ownerAccess(), WebhookAdapter.named(adapter).orElseThrow(), secret, mapping);
	}

}
