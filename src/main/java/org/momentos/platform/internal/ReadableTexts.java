package org.momentos.platform.internal;

import org.momentos.platform.HtmlEntities;

import org.springframework.stereotype.Component;

/**
 * What a page shows of a customer's text, as {@code ${@readableTexts.of(text)}}: the
 * characters its HTML entities stand for ("I don&#39;t" reads "I don't"), which the page
 * then escapes as it escapes any text. The stored text stays as it arrived.
 */
@Component
public class ReadableTexts {

	public String of(String text) {
		return (text == null) ? null : HtmlEntities.decode(text);
	}

}
