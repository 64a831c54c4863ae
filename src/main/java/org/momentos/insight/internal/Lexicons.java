package org.momentos.insight.internal;

/**
 * The shipped lexicons, read once per process and shared by every analyzer: a workspace
 * analyzer only adds its own themes.
 */
public final class Lexicons {

	private static final String DIR = "/insight/lexicon/";

	private static volatile Lexicons shared;

	private final SentimentLexicon spanish;

	private final SentimentLexicon english;

	private final CueDetector cues;

	private final LanguageGuesser guesser;

	private final SentimentModel model;

	private Lexicons() {
		this.spanish = SentimentLexicon.load(true, DIR + "emoji.tsv", DIR + "es.tsv");
		this.english = SentimentLexicon.load(false, DIR + "emoji.tsv", DIR + "vader_en.tsv", DIR + "en.tsv");
		this.cues = new CueDetector();
		this.guesser = new LanguageGuesser(this.spanish, this.english);
		this.model = SentimentModel.load();
	}

	public static Lexicons shared() {
		Lexicons lexicons = shared;
		if (lexicons == null) {
			synchronized (Lexicons.class) {
				lexicons = shared;
				if (lexicons == null) {
					lexicons = new Lexicons();
					shared = lexicons;
				}
			}
		}
		return lexicons;
	}

	public SentimentLexicon spanish() {
		return this.spanish;
	}

	public SentimentLexicon english() {
		return this.english;
	}

	public CueDetector cues() {
		return this.cues;
	}

	public SentimentModel model() {
		return this.model;
	}

	public LanguageGuesser guesser() {
		return this.guesser;
	}

}
