package org.momentos.insight.internal;

import java.util.AbstractList;
import java.util.List;

/** A token list read by stems: each word's form is its stem, computed when first read. */
final class StemmedTokens extends AbstractList<Token> {

	private final List<Token> source;

	private final Stems stems;

	private final Token[] stemmed;

	StemmedTokens(List<Token> source, Stems stems) {
		this.source = source;
		this.stems = stems;
		this.stemmed = new Token[source.size()];
	}

	/**
	 * Whether this is a reading of that very list (held here, so no later list can take
	 * its identity), unchanged in size.
	 */
	boolean reads(List<Token> tokens) {
		return this.source == tokens && this.stemmed.length == tokens.size();
	}

	@Override
	public Token get(int index) {
		Token token = this.stemmed[index];
		if (token == null) {
			Token original = this.source.get(index);
			token = original.isWord()
					? new Token(original.kind(), original.text(), this.stems.of(original.form()),
							(original.alt() != null) ? this.stems.of(original.alt()) : null, original.allCaps())
					: original;
			this.stemmed[index] = token;
		}
		return token;
	}

	@Override
	public int size() {
		return this.source.size();
	}

}
