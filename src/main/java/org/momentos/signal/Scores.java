package org.momentos.signal;

/**
 * The scores a customer gave, each optional.
 *
 * @param nps likelihood to recommend, 0 to 10
 * @param csat satisfaction, 1 to 5
 * @param ces ease (customer effort score), 1 to 7, higher is easier
 * @param rating a star rating, 1 to 5 (halves allowed)
 */
public record Scores(Integer nps, Integer csat, Integer ces, Double rating) {

	public static final Scores NONE = new Scores(null, null, null, null);

}
