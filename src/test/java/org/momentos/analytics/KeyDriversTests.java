package org.momentos.analytics;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.momentos.analytics.KeyDrivers.Driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Key-driver analysis recovers a driver planted in synthetic answers. */
class KeyDriversTests {

	@Test
	void recoversAPlantedDriverAndSharesCorrelatedOnesFairly() {
		Random random = new Random(11);
		int n = 2000;
		double[][] x = new double[n][4];
		double[] nps = new double[n];
		for (int i = 0; i < n; i++) {
			double billing = random.nextGaussian();
			double delivery = random.nextGaussian();
			double deliveryTracking = 0.8 * delivery + 0.6 * random.nextGaussian();
			double website = random.nextGaussian();
			x[i] = new double[] { billing, delivery, deliveryTracking, website };
			nps[i] = 7 + 1.5 * billing + 0.6 * delivery + 0.1 * website + random.nextGaussian();
		}
		List<Driver> drivers = KeyDrivers.relativeWeights(x, nps,
				List.of("billing", "delivery", "delivery_tracking", "website"));

		assertThat(drivers.get(0).name()).isEqualTo("billing");
		assertThat(drivers.get(0).direction()).isEqualTo(1.0);
		assertThat(drivers.get(drivers.size() - 1).name()).isEqualTo("website");
		double delivery = weightOf(drivers, "delivery");
		double tracking = weightOf(drivers, "delivery_tracking");
		assertThat(tracking).as("a correlated bystander gets part of the credit, less than the real driver")
			.isPositive()
			.isLessThan(delivery);
		double rSquared = drivers.stream().mapToDouble(Driver::weight).sum();
		assertThat(rSquared).isCloseTo(0.72, within(0.05));
	}

	@Test
	void perfectlyCollinearDriversShareTheirCredit() {
		Random random = new Random(2);
		int n = 500;
		double[][] x = new double[n][3];
		double[] nps = new double[n];
		for (int i = 0; i < n; i++) {
			double billing = random.nextGaussian();
			x[i] = new double[] { billing, billing, random.nextGaussian() };
			nps[i] = 7 + billing + random.nextGaussian();
		}
		List<Driver> drivers = KeyDrivers.relativeWeights(x, nps, List.of("billing", "invoice", "website"));
		assertThat(weightOf(drivers, "billing")).isCloseTo(weightOf(drivers, "invoice"), within(1e-6));
		assertThat(weightOf(drivers, "billing")).isGreaterThan(weightOf(drivers, "website"));
	}

	private static double weightOf(List<Driver> drivers, String name) {
		return drivers.stream().filter((d) -> d.name().equals(name)).findFirst().orElseThrow().weight();
	}

}
