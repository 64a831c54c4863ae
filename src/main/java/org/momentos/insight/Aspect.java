package org.momentos.insight;

/**
 * Something the customer talks about, with its own polarity: in "food great, service
 * slow" the food is positive and the service negative.
 *
 * @param text the words as written in the text, e.g. {@code servicio}
 * @param theme the id of the theme it belongs to, e.g. {@code staff_attitude}
 * @param label what the customer feels about it
 */
public record Aspect(String text, String theme, SentimentLabel label) {

}
