package org.momentos.journey.internal;

import org.momentos.journey.MomentKind;

/**
 * The calm colour of each moment kind on the journey map: an accent for bars and badges,
 * a light tint for backgrounds and a dark ink for text on the tint.
 */
record MomentColours(String accent, String tint, String ink) {

	static MomentColours of(MomentKind kind) {
		return switch (kind) {
			case ZERO -> new MomentColours("#6C8EBF", "#EDF2F9", "#34507A");
			case FIRST -> new MomentColours("#4FA3A5", "#E8F4F4", "#22686A");
			case ACTUAL -> new MomentColours("#86B06A", "#EFF6EA", "#486C2F");
			case SECOND -> new MomentColours("#D7A24E", "#FBF3E6", "#8A6020");
			case RELATIONSHIP -> new MomentColours("#9B84C4", "#F2EEF8", "#5D4889");
			case FAILURE -> new MomentColours("#D27C7C", "#FBEDED", "#963B3B");
			case ULTIMATE -> new MomentColours("#5AA6CF", "#E8F3F9", "#256C92");
		};
	}

}
