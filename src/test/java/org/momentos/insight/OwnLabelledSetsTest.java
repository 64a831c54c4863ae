package org.momentos.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets written and labelled for Momentos: social posts (emojis, slang, irony), 65 per
 * language; star-rated reviews of six kinds of business, 180 per language (1-2 stars
 * negative, 3 neutral, 4-5 positive); and posts to brands of eight industries other than
 * airlines (questions, news, ads, job posts, irony), 240 per language; and answers to NPS
 * and CSAT surveys, support tickets and live chats (questions, lukewarm answers, fears
 * that did not come true), 240 per language; long reviews of ten kinds of business, 300
 * per language; app-store reviews of twelve kinds of app, 250 per language; and reviews
 * of fifteen kinds of business, short to long, 300 per language; posts to brands of
 * fifteen industries with informal writing and irony, 300 per language; hotel and
 * restaurant reviews (English) and marketplace product reviews (Spanish), 300 each; posts
 * about travel brands in Spanish (news, retweets, irony), short product reviews in
 * English, 300 each; a second sample of 250 long English reviews; 250 English mentions of
 * brands collected as a listening tool would (news, giveaways, retweets, sarcasm); and
 * 250 Spanish reviews of local businesses. The engine keeps a 3-class macro-F1 of at
 * least the given floor on each. The figures are in docs/insight.md.
 */
class OwnLabelledSetsTest {

	private static final TextAnalyzer analyzer = TextAnalyzer.create();

	@ParameterizedTest(name = "{0} >= {1}")
	@CsvSource({ "social_en, 0.75", "social_es, 0.75", "reviews_en, 0.65", "reviews_es, 0.70", "brand_posts_en, 0.75",
			"brand_posts_es, 0.75", "survey_answers_en, 0.80", "survey_answers_es, 0.80", "latam_posts_es, 0.75",
			"long_reviews_en, 0.52", "long_reviews_es, 0.70", "app_reviews_en, 0.75", "app_reviews_es, 0.68",
			"varied_reviews_en, 0.68", "varied_reviews_es, 0.74", "tweets_en, 0.74", "tweets_es, 0.82",
			"hospitality_reviews_en, 0.74", "marketplace_reviews_es, 0.70", "travel_tweets_es, 0.76",
			"product_reviews_en, 0.73", "long_reviews_en_2, 0.60", "brand_mentions_en, 0.68",
			"local_reviews_es, 0.72" })
	void keepsItsMacroF1OnEachSet(String set, double floor) throws IOException {
		long[][] counts = new long[3][3];
		JsonMapper json = JsonMapper.builder().build();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				getClass().getResourceAsStream("/insight/" + set + ".jsonl"), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				JsonNode post = json.readTree(line);
				SentimentLabel truth = SentimentLabel.ofCode(post.get("label").asText());
				SentimentLabel read = analyzer.analyze(post.get("text").asText()).sentiment().label();
				counts[truth.ordinal()][read.ordinal()]++;
			}
		}
		assertThat(macroF1(counts)).isGreaterThanOrEqualTo(floor);
	}

	private static double macroF1(long[][] counts) {
		double sum = 0;
		for (int k = 0; k < 3; k++) {
			long predicted = counts[0][k] + counts[1][k] + counts[2][k];
			long actual = counts[k][0] + counts[k][1] + counts[k][2];
			sum += 2.0 * counts[k][k] / Math.max(predicted + actual, 1);
		}
		return sum / 3;
	}

}
