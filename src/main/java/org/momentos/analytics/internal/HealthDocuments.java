package org.momentos.analytics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.momentos.analytics.JourneyHealth;
import org.momentos.analytics.MomentHealth;
import org.momentos.analytics.Nps;
import org.momentos.analytics.PeriodChange;
import org.momentos.analytics.Share;

/**
 * The JSON shape of moment health: plain numbers, null where there is nothing to measure.
 */
final class HealthDocuments {

	private HealthDocuments() {
	}

	record ReportDocument(long journeyId, String name, LocalDate from, LocalDate to, HealthDocument health,
			List<StageDocument> stages) {

		static ReportDocument of(JourneyHealth.Report report) {
			return new ReportDocument(report.journey().value(), report.name(), report.from(), report.to(),
					HealthDocument.of(report.health()),
					report.stages()
						.stream()
						.map((stage) -> new StageDocument(stage.key(), stage.name(), stage.momentKind().name(),
								HealthDocument.of(stage.health()),
								stage.touchpoints()
									.stream()
									.map((tp) -> new TouchpointDocument(tp.key(), tp.name(),
											HealthDocument.of(tp.health())))
									.toList()))
						.toList());
		}

	}

	record StageDocument(UUID key, String name, String momentKind, HealthDocument health,
			List<TouchpointDocument> touchpoints) {
	}

	record TouchpointDocument(UUID key, String name, HealthDocument health) {
	}

	record HealthDocument(long signals, NpsDocument nps, ShareDocument csat, MeanDocument ces, MeanDocument sentiment,
			ShareDocument magic, ShareDocument bad, ShareDocument critical, List<MomentHealth.ThemeCount> themes,
			ChangesDocument changes) {

		static HealthDocument of(JourneyHealth.Period period) {
			MomentHealth health = period.current();
			MomentHealth.Changes changes = period.changes();
			return new HealthDocument(health.signals(), NpsDocument.of(health.nps()), ShareDocument.of(health.csat()),
					MeanDocument.of(health.ces()), MeanDocument.of(health.sentiment()),
					ShareDocument.of(health.magic()), ShareDocument.of(health.bad()),
					ShareDocument.of(health.critical()), health.themes(),
					new ChangesDocument(ChangeDocument.of(changes.nps()), ChangeDocument.of(changes.csat()),
							ChangeDocument.of(changes.ces()), ChangeDocument.of(changes.sentiment()),
							ChangeDocument.of(changes.magic()), ChangeDocument.of(changes.badOrCritical())));
		}

	}

	record NpsDocument(Double score, Double low, Double high, long answers, long promoters, long passives,
			long detractors) {

		static NpsDocument of(Nps nps) {
			return new NpsDocument(number(nps.score()), number(nps.confidenceInterval().low()),
					number(nps.confidenceInterval().high()), nps.answers(), nps.promoters(), nps.passives(),
					nps.detractors());
		}

	}

	record ShareDocument(Double share, Double low, Double high, long hits, long total) {

		static ShareDocument of(Share share) {
			return new ShareDocument(number(share.value()), number(share.confidenceInterval().low()),
					number(share.confidenceInterval().high()), share.hits(), share.total());
		}

	}

	record MeanDocument(Double mean, Double standardDeviation, long answers) {

		static MeanDocument of(StatisticalSummary summary) {
			return new MeanDocument(number(summary.getMean()), number(summary.getStandardDeviation()), summary.getN());
		}

	}

	record ChangesDocument(ChangeDocument nps, ChangeDocument csat, ChangeDocument ces, ChangeDocument sentiment,
			ChangeDocument magic, ChangeDocument badOrCritical) {
	}

	record ChangeDocument(Double previous, Double delta, Double pValue, boolean significant, String test) {

		static ChangeDocument of(PeriodChange change) {
			return new ChangeDocument(number(change.previous()), number(change.delta()), number(change.pValue()),
					change.isSignificant(), change.test().name());
		}

	}

	private static Double number(double value) {
		return (Double.isNaN(value) || Double.isInfinite(value)) ? null : value;
	}

}
