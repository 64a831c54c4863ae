package org.momentos.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Key-driver analysis by Johnson's relative weights (Johnson 2000): how much of the
 * variance of an outcome (NPS, a churn threat) each driver (a touchpoint's experience, a
 * theme's polarity) explains, shared fairly between correlated drivers, unlike raw
 * regression coefficients. The weights add up to the model's R².
 */
public final class KeyDrivers {

	private KeyDrivers() {
	}

	/**
	 * @param drivers one row per customer or answer, one column per driver
	 * @param outcome the outcome of each row
	 * @param names the name of each column
	 * @return drivers from the most to the least important
	 */
	public static List<Driver> relativeWeights(double[][] drivers, double[] outcome, List<String> names) {
		int columns = names.size();
		if (drivers.length != outcome.length || drivers.length <= columns + 1) {
			throw new IllegalArgumentException("need more rows than drivers, and one outcome per row");
		}
		double[][] all = new double[drivers.length][columns + 1];
		for (int row = 0; row < drivers.length; row++) {
			System.arraycopy(drivers[row], 0, all[row], 0, columns);
			all[row][columns] = outcome[row];
		}
		return fromCorrelations(new PearsonsCorrelation(all).getCorrelationMatrix().getData(), names);
	}

	/**
	 * The same analysis from the correlation matrix of the drivers and the outcome, for
	 * when only the sums behind it are at hand.
	 * @param correlations the correlations of the drivers (in the order of {@code names})
	 * and, last, the outcome
	 * @param names the name of each driver
	 * @return drivers from the most to the least important
	 */
	public static List<Driver> fromCorrelations(double[][] correlations, List<String> names) {
		int columns = names.size();
		if (correlations.length != columns + 1) {
			throw new IllegalArgumentException("need the correlations of every driver and the outcome");
		}
		RealMatrix all = new Array2DRowRealMatrix(correlations);
		RealMatrix rxx = all.getSubMatrix(0, columns - 1, 0, columns - 1);
		RealVector rxy = all.getColumnVector(columns).getSubVector(0, columns);
		EigenDecomposition eigen = new EigenDecomposition(rxx);
		double[] roots = eigen.getRealEigenvalues().clone();
		for (int i = 0; i < roots.length; i++) {
			roots[i] = Math.sqrt(Math.max(roots[i], 0));
		}
		double[] inverseRoots = new double[roots.length];
		for (int i = 0; i < roots.length; i++) {
			// perfectly collinear drivers give a zero eigenvalue: the pseudo-inverse
			// shares their credit
			inverseRoots[i] = roots[i] > 1e-8 ? 1 / roots[i] : 0;
		}
		RealMatrix vectors = eigen.getV();
		RealMatrix lambda = vectors.multiply(new Array2DRowRealMatrix(diagonal(roots))).multiply(vectors.transpose());
		RealVector beta = vectors.multiply(new Array2DRowRealMatrix(diagonal(inverseRoots)))
			.multiply(vectors.transpose())
			.operate(rxy);
		List<Driver> result = new ArrayList<>();
		for (int j = 0; j < columns; j++) {
			double weight = 0;
			for (int k = 0; k < columns; k++) {
				weight += lambda.getEntry(j, k) * lambda.getEntry(j, k) * beta.getEntry(k) * beta.getEntry(k);
			}
			result.add(new Driver(names.get(j), weight, Math.signum(rxy.getEntry(j))));
		}
		result.sort(Comparator.comparingDouble(Driver::weight).reversed());
		return List.copyOf(result);
	}

	private static double[][] diagonal(double[] values) {
		double[][] matrix = new double[values.length][values.length];
		for (int i = 0; i < values.length; i++) {
			matrix[i][i] = values[i];
		}
		return matrix;
	}

	/**
	 * One driver's share of the explained variance.
	 *
	 * @param name the driver
	 * @param weight its relative weight (all weights add up to R²)
	 * @param direction +1 when more of it raises the outcome, -1 when it lowers it
	 */
	public record Driver(String name, double weight, double direction) {
	}

}
