package org.momentos.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.momentos.insight.LabelAssertions.assertLabel;

/** A rating the writer gives in so many words decides the label. */
class OwnRatingsTest {

	/**
	 * Stars or marks the writer gives ("I gave it 3 stars because", "le quito una
	 * estrella", "7/10") are their verdict: 1-2 of 5 negative, 3 neutral, 4-5 positive.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Lovely flavour, but I gave it 3 stars because the box arrived crushed        | neutral
			Love the content library. Knocked off one star because downloads sometimes fail | positive
			Le quito una estrella porque el seguimiento del pedido falla                  | positive
			Le doy una estrella menos porque no trae manual, por lo demás genial          | positive
			Le doy dos estrellas menos por el envío                                       | neutral
			Le doy una estrella porque llegó roto                                         | negative
			Le daría una estrella más. El lugar es pintoresco, muy bonito                 | positive
			I'd give it one more star if I could                                          | positive
			Le doy dos estrellas porque al menos el precio fue bueno                      | negative
			Overall 4 stars for taste and 2 stars for the marketing                      | neutral
			Great screen, rude staff. 6/10                                                | neutral
			Todo perfecto, rápido y bien. 10/10                                           | positive
			The only reason it's not 5 stars is the paperwork, we waited two hours        | positive
			Loved it at first, but the handle broke, so I lowered it to 2 stars           | negative
			No tiene mi quinta estrella porque las agujas son difíciles de enhebrar       | positive
			It loses the fifth star because the lid leaks a little                        | positive
			""")
	void theWritersOwnRating(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A star class, a date, a clothing size or other people's reviews are not the
	 * writer's verdict.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Definitely not worth it for a 4 star hotel, dirty and noisy                   | negative
			Nos perdieron la maleta el 21/10/2017 y nadie responde                       | negative
			I usually wear a 8/10 and the small swallowed me, so disappointing            | negative
			Don't get the 1 star reviews, mine arrived fast and works great               | positive
			No entiendo las reseñas de una estrella, a mí me llegó perfecto               | positive
			Give it 10 minutes and it crashes again                                      | negative
			There was a 7 hour delay and nobody told us                                  | negative
			""")
	void whatIsNotTheWritersRating(String text, String label) {
		assertLabel(text, label);
	}

	/**
	 * A bare score, as in an NPS answer, is out of 10: 6 and 7 are lukewarm, however the
	 * reason reads, and 8 to 10 are praise. Under 6 it could be stars, so the text
	 * decides.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Gave a 7 because delivery was slow                                           | neutral
			Gave a 7 because I don't really recommend banks to people                    | neutral
			Le pongo un 6 porque tardaron mucho en contestar                             | neutral
			Le doy un 8 porque me atendieron bien aunque tardaron                        | positive
			I'd give them a 9, the app could be faster                                   | positive
			Le doy un 5 porque llegó tarde y roto                                        | negative
			""")
	void aBareScoreIsOutOfTen(String text, String label) {
		assertLabel(text, label);
	}

}
