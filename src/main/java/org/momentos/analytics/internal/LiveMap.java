package org.momentos.analytics.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.momentos.analytics.JourneyHealth;
import org.momentos.analytics.MomentHealth;
import org.momentos.journey.MapOverlay;
import org.momentos.journey.MapOverlay.Status;
import org.momentos.journey.MapOverlay.TouchpointMark;
import org.momentos.journey.Stage;
import org.momentos.journey.Targets;
import org.momentos.journey.Touchpoint;

/**
 * Turns a journey's health into what its map shows: the emotion of each stage (mean
 * sentiment of its texts, or its NPS over 100 when there are no texts), each touchpoint
 * coloured by its targets, pain points and magic moments marked.
 */
final class LiveMap {

	static final int MINIMUM_SIGNALS_FOR_MARKS = 5;

	static final double PAIN_SHARE = 0.30;

	static final double MAGIC_SHARE = 0.40;

	private LiveMap() {
	}

	static MapOverlay overlay(JourneyHealth.Report report, List<Stage> stages, String signalsLink, Locale locale) {
		Map<UUID, Double> emotion = new HashMap<>();
		Map<UUID, TouchpointMark> marks = new HashMap<>();
		for (int i = 0; i < stages.size() && i < report.stages().size(); i++) {
			Stage stage = stages.get(i);
			JourneyHealth.StageHealth health = report.stages().get(i);
			Double value = emotionOf(health.health().current());
			if (value != null) {
				emotion.put(stage.key(), value);
			}
			for (int j = 0; j < stage.touchpoints().size() && j < health.touchpoints().size(); j++) {
				Touchpoint touchpoint = stage.touchpoints().get(j);
				MomentHealth current = health.touchpoints().get(j).health().current();
				marks.put(touchpoint.key(), mark(touchpoint, current, signalsLink + touchpoint.key(), locale));
			}
		}
		return new MapOverlay(emotion, marks);
	}

	static Double emotionOf(MomentHealth health) {
		if (health.sentiment().getN() > 0) {
			return health.sentiment().getMean();
		}
		if (health.nps().answers() > 0) {
			return health.nps().score() / 100;
		}
		return null;
	}

	static TouchpointMark mark(Touchpoint touchpoint, MomentHealth health, String link, Locale locale) {
		if (health.signals() == 0) {
			return new TouchpointMark(Status.NO_DATA, null, null, false, false);
		}
		boolean enough = health.signals() >= MINIMUM_SIGNALS_FOR_MARKS;
		double painShare = (double) (health.bad().hits() + health.critical().hits()) / health.signals();
		return new TouchpointMark(status(touchpoint.targets(), health), figure(health, locale), link,
				enough && painShare >= PAIN_SHARE, enough && health.magic().value() >= MAGIC_SHARE);
	}

	/**
	 * Meets every target it has data for; near when every miss is small; below otherwise.
	 */
	static Status status(Targets targets, MomentHealth health) {
		List<Double> gaps = new ArrayList<>();
		List<Double> tolerances = new ArrayList<>();
		if (targets.nps() != null && health.nps().answers() > 0) {
			gaps.add(health.nps().score() - targets.nps());
			tolerances.add(10.0);
		}
		if (targets.csat() != null && health.csat().total() > 0) {
			gaps.add(100 * health.csat().value() - targets.csat());
			tolerances.add(5.0);
		}
		if (targets.ces() != null && health.ces().getN() > 0) {
			gaps.add(health.ces().getMean() - targets.ces());
			tolerances.add(0.3);
		}
		if (gaps.isEmpty()) {
			return Status.NO_TARGETS;
		}
		boolean allMet = true;
		boolean allNear = true;
		for (int i = 0; i < gaps.size(); i++) {
			allMet &= gaps.get(i) >= 0;
			allNear &= gaps.get(i) >= -tolerances.get(i);
		}
		return allMet ? Status.MEETS_TARGETS : (allNear ? Status.NEAR_TARGETS : Status.BELOW_TARGETS);
	}

	static String figure(MomentHealth health, Locale locale) {
		NumberFormat decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMaximumFractionDigits(1);
		List<String> parts = new ArrayList<>();
		if (health.nps().answers() > 0) {
			parts.add("NPS " + Math.round(health.nps().score()));
		}
		if (health.csat().total() > 0) {
			parts.add("CSAT " + Math.round(100 * health.csat().value()) + "%");
		}
		if (health.ces().getN() > 0) {
			parts.add("CES " + decimal.format(health.ces().getMean()));
		}
		parts.add("n=" + health.signals());
		return String.join(" · ", parts);
	}

}
