package org.momentos.journey.internal;

import java.util.UUID;

import org.momentos.journey.Channel;
import org.momentos.journey.Targets;
import org.momentos.journey.Touchpoint;
import org.momentos.platform.Problem;

/** The touchpoint form of the editor; targets arrive as text and may be left empty. */
record TouchpointForm(String name, Channel channel, String expectation, String ownerTeam, String npsTarget,
		String csatTarget, String cesTarget, Boolean momentOfTruth) {

	Touchpoint toTouchpoint(UUID key) {
		if (this.channel == null) {
			throw Problem.invalid("journey.touchpoint.channel.invalid");
		}
		return new Touchpoint(key, JourneyRules.checkedName(this.name, "journey.touchpoint.name.invalid"), this.channel,
				JourneyRules.checkedText(this.expectation), trimmed(this.ownerTeam), targets(),
				Boolean.TRUE.equals(this.momentOfTruth));
	}

	private Targets targets() {
		try {
			return new Targets(integer(this.npsTarget), integer(this.csatTarget), decimal(this.cesTarget));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("journey.targets.invalid");
		}
	}

	private static Integer integer(String text) {
		return (text == null || text.isBlank()) ? null : Integer.valueOf(text.strip());
	}

	private static Double decimal(String text) {
		return (text == null || text.isBlank()) ? null : Double.valueOf(text.strip().replace(',', '.'));
	}

	private static String trimmed(String text) {
		return text == null ? "" : text.strip();
	}

}
