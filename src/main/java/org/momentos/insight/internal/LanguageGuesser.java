package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;

import org.momentos.insight.Language;

/**
 * Tells Spanish from English by the function words, the sentiment words and the spelling
 * of a text. Works on two-word texts ("muy lento", "great support") and on one word with
 * a typical ending ("obviously", "precariedad"); a text with no evidence either way
 * ("ok", "👍", "Madrid!") is {@link Language#UND}.
 */
public final class LanguageGuesser {

	private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "de",
			"del", "al", "y", "e", "o", "u", "que", "en", "es", "son", "fue", "era", "esta", "estan", "estuvo", "muy",
			"por", "para", "con", "sin", "pero", "aunque", "mas", "nada", "nadie", "nunca", "mi", "mis", "tu", "su",
			"sus", "me", "te", "se", "nos", "le", "les", "lo", "yo", "ella", "ellos", "este", "esto", "eso", "ese",
			"esa", "hay", "tiene", "tengo", "tienen", "han", "ha", "he", "hemos", "porque", "cuando", "como", "donde",
			"todo", "todos", "bien", "mal", "bueno", "buena", "malo", "mala", "gracias", "tambien", "ya", "siempre",
			"pues", "entonces", "asi", "hace", "hizo", "ni", "si", "sí", "otra", "otro", "vez", "veces", "hoy", "ayer",
			"mucho", "mucha", "poco", "bastante", "demasiado", "q", "xq", "pq", "tmb", "ke", "soy", "eres", "somos",
			"estoy", "sigo", "llevo", "servicio", "atencion", "comida", "precio", "pedido", "habitacion", "dinero",
			"cliente", "dias", "horas", "semana", "mes", "funciona", "llego", "todavia", "aun", "solo", "cual", "quien",
			"ahora", "despues", "antes", "habia", "ser", "estar", "tener", "hacer", "cosa", "gente", "dia", "quiero",
			"quieres", "quiere", "puedo", "puedes", "puede", "voy", "vas", "vamos", "algo", "alguien", "sola", "manana",
			"aqui", "muchas", "muchos", "tanto", "estas");

	private static final Set<String> ENGLISH = Set.of("the", "an", "and", "or", "of", "to", "in", "on", "at", "is",
			"are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "i", "im", "ive", "my",
			"me", "you", "your", "we", "our", "they", "their", "he", "she", "his", "her", "with", "for", "from", "but",
			"not", "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "very", "so", "too", "really", "just",
			"have", "has", "had", "do", "does", "did", "will", "would", "could", "should", "what", "when", "where",
			"who", "how", "why", "there", "here", "all", "any", "some", "more", "most", "again", "still", "ever",
			"never", "nobody", "thanks", "thank", "great", "good", "bad", "love", "like", "service", "support", "staff",
			"food", "price", "order", "delivery", "customer", "time", "days", "hours", "waiting", "works", "working",
			"work", "got", "get", "after", "before", "because", "if", "than", "then", "them", "us", "about", "up",
			"out", "one", "two", "by", "as", "which", "nice", "awful", "yes", "lol", "omg", "pls", "u", "ur", "item",
			"product", "room", "quality", "fit", "size", "slow", "fast", "refund", "money", "app", "help", "helpful",
			"rude", "friendly", "bought", "ordered", "received", "thats", "whats", "see", "know", "can", "now",
			"flight", "plane", "seat", "bag", "please", "need", "want", "fun");

	private final SentimentLexicon spanishLexicon;

	private final SentimentLexicon englishLexicon;

	public LanguageGuesser(SentimentLexicon spanishLexicon, SentimentLexicon englishLexicon) {
		this.spanishLexicon = spanishLexicon;
		this.englishLexicon = englishLexicon;
	}

	public Language guess(String text, List<Token> tokens) {
		double spanish = spelling(text);
		double english = 0;
		for (Token token : tokens) {
			if (!token.isWord()) {
				continue;
			}
			String form = token.form();
			boolean es = SPANISH.contains(form);
			boolean en = ENGLISH.contains(form);
			if (es != en) {
				spanish += es ? 1 : 0;
				english += en ? 1 : 0;
			}
			else if (!es) {
				boolean esWord = this.spanishLexicon.knows(form);
				// "Fantástico": a word written with Spanish accents is not English
				// evidence,
				// even when the English lexicon lists its unaccented form.
				boolean enWord = this.englishLexicon.knows(form) && !hasSpanishLetter(token.text());
				if (esWord != enWord) {
					spanish += esWord ? 0.8 : 0;
					english += enWord ? 0.8 : 0;
				}
				else {
					spanish += suffix(form, SPANISH_ENDINGS);
					english += suffix(form, ENGLISH_ENDINGS);
				}
			}
		}
		if (spanish > english && spanish >= 0.4) {
			return Language.ES;
		}
		if (english > spanish && english >= 0.4) {
			return Language.EN;
		}
		return Language.UND;
	}

	private static final String[] SPANISH_ENDINGS = { "cion", "ciones", "mente", "ado", "ada", "ados", "adas", "ido",
			"ida", "idos", "amos", "aron", "ieron", "ando", "iendo", "dad", "ito", "ita", "isimo", "isima", "ismo",
			"oso", "osa" };

	private static final String[] ENGLISH_ENDINGS = { "ing", "tion", "ly", "ed", "ness", "ful", "less", "ous", "ship",
			"ght", "th", "ck", "wh", "ee", "oo" };

	private static double suffix(String form, String[] endings) {
		if (form.length() < 4) {
			return 0;
		}
		for (String ending : endings) {
			if (form.endsWith(ending)) {
				return 0.4;
			}
		}
		return 0;
	}

	private static boolean hasSpanishLetter(String word) {
		for (int k = 0; k < word.length(); k++) {
			if ("ñÑáéíóúÁÉÍÓÚ".indexOf(word.charAt(k)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Spanish letters and marks: ñ, accented vowels, ¿ and ¡. */
	private static double spelling(String text) {
		double score = 0;
		for (int k = 0; k < text.length(); k++) {
			switch (text.charAt(k)) {
				case 'ñ', 'Ñ', '¿', '¡', 'á', 'é', 'í', 'ó', 'ú', 'Á', 'É', 'Í', 'Ó', 'Ú' -> score += 0.6;
				default -> {
				}
			}
		}
		return Math.min(score, 2);
	}

}
