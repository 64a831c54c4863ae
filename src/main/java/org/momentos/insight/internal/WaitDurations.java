package org.momentos.insight.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Time a customer spent waiting: "waited 40 min for our bags", "2 hours on hold", "47
 * minutes on the runway", "llevo una hora esperando", "2h de espera", "finally got my
 * refund after 3 months of calls". A strong effort cue, and a complaint, even when no
 * word of the text is a sentiment word. A duration counts when a waiting word stands
 * within a few words of it; "a 2 hour flight" does not.
 */
final class WaitDurations {

	private static final int WINDOW = 5;

	private static final Set<String> AMOUNTS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "ninety", "several", "few", "half",
			"un", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "quince", "veinte",
			"treinta", "cuarenta", "cincuenta", "noventa", "varias", "media", "medio");

	private static final Set<String> UNITS = Set.of("min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours",
			"h", "minuto", "minutos", "hora", "horas", "day", "days", "week", "weeks", "dia", "dias", "semana",
			"semanas", "month", "months", "mes", "meses");

	/** A number and its unit written together: "40min", "2hrs", "5h". */
	private static final Pattern JOINED = Pattern.compile("\\d+(min|mins|h|hr|hrs|hour|hours|horas)");

	/** Stems of waiting words: "esper" for espera, esperando, esperé. */
	private static final List<String> WAITING_STEMS = List.of("wait", "hold", "delay", "sitting", "stuck", "tarmac",
			"runway", "queue", "esper", "retras", "atrapad", "tirad", "respuesta", "response", "reply", "answer",
			"schedul", "transit", "transito");

	/**
	 * Waiting words matched whole: "line" but not "líneas" (phone lines in "2 líneas por
	 * 45€/mes"), "sin" but not "sinceramente".
	 */
	private static final Set<String> WAITING_WORDS = Set.of("late", "later", "sat", "phone", "line", "lines", "llevo",
			"lleva", "llevan", "llevamos", "cola", "colas", "counting", "contando", "todavia", "sigo", "seguimos",
			"van", "sin", "without", "telefono", "intentando", "tratando", "trying", "finally", "finalmente", "chasing",
			"reclamando");

	private WaitDurations() {
	}

	/**
	 * Words just before a duration that make it the speed of a service: "en diez
	 * minutos".
	 */
	private static final Set<String> SPEED = Set.of("en", "within", "under");

	/**
	 * "Renové el DNI en diez minutos, ni cola ni nada", "fixed within an hour": a
	 * duration after "en" or "within" is how fast something was done, not time spent
	 * waiting, unless a word of waiting itself stands near ("en 40 minutos y seguimos
	 * esperando"): a queue or a phone line named beside it is not enough. In English "in
	 * 40 min" is as often a time still to wait ("going in 40 min"), so it is speed only
	 * after something done: "Opened an account from my phone in five minutes".
	 */
	private static boolean isSpeed(List<Token> tokens, int first) {
		if (first == 0) {
			return false;
		}
		String before = tokens.get(first - 1).form();
		return SPEED.contains(before) || (before.equals("in") && doneBefore(tokens, first - 1));
	}

	/** Verbs that tell something was done, folded: "opened", "fixed", "delivered". */
	private static final Set<String> DONE = Set.of("opened", "fixed", "done", "arrived", "delivered", "sorted",
			"resolved", "solved", "answered", "replied", "installed", "finished", "completed", "processed", "approved",
			"refunded", "renewed", "repaired", "replaced");

	/** Whether a verb of {@link #DONE} stands in the few words before {@code at}. */
	private static boolean doneBefore(List<Token> tokens, int at) {
		for (int k = at - 1; k >= 0 && k >= at - WINDOW - 2 && !tokens.get(k).isPunct(); k--) {
			if (DONE.contains(tokens.get(k).form())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text tells of time spent waiting. */
	static boolean in(List<Token> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			int first = durationEndingAt(tokens, i);
			if (first >= 0 && waitingNear(tokens, first, i, !isSpeed(tokens, first))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a duration spent waiting starts at {@code at}: "40 minutes on hold" in
	 * "Great, 40 minutes on hold", "10 minutos en espera".
	 */
	static boolean startsAt(List<Token> tokens, int at) {
		for (int i = at; i < Math.min(tokens.size(), at + 3); i++) {
			if (durationEndingAt(tokens, i) == at) {
				return waitingNear(tokens, at, i);
			}
		}
		return false;
	}

	/** The first token of a duration whose unit is at {@code i}, or -1. */
	private static int durationEndingAt(List<Token> tokens, int i) {
		String form = tokens.get(i).form();
		if (isJoined(form)) {
			return i;
		}
		if (!UNITS.contains(form)) {
			return -1;
		}
		for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
			String before = tokens.get(j).form();
			if (isNumber(before) || AMOUNTS.contains(before)) {
				return j;
			}
		}
		return -1;
	}

	static boolean waitingNear(List<Token> tokens, int from, int to) {
		return waitingNear(tokens, from, to, true);
	}

	/**
	 * Whether a waiting word stands within {@link #WINDOW} words of the duration from
	 * {@code from} to {@code to}: one with a waiting stem ("waiting", "espera",
	 * "delayed"), or also one of {@link #WAITING_WORDS} when {@code words} (a speed needs
	 * the stem: "en 40 minutos y seguimos esperando").
	 */
	private static boolean waitingNear(List<Token> tokens, int from, int to, boolean words) {
		int start = Math.max(0, from - WINDOW);
		int end = Math.min(tokens.size() - 1, to + WINDOW);
		for (int k = start; k <= end; k++) {
			if (k >= from && k <= to) {
				continue;
			}
			String form = tokens.get(k).form();
			if (words && WAITING_WORDS.contains(form)) {
				return true;
			}
			for (String stem : WAITING_STEMS) {
				if (form.startsWith(stem)) {
					return true;
				}
			}
		}
		return false;
	}

	/** "40min", "2hrs": the cheap checks first, the pattern for the few that pass. */
	private static boolean isJoined(String form) {
		return form.length() > 1 && Character.isDigit(form.charAt(0))
				&& !Character.isDigit(form.charAt(form.length() - 1)) && JOINED.matcher(form).matches();
	}

	private static boolean isNumber(String form) {
		if (form.isEmpty()) {
			return false;
		}
		for (int k = 0; k < form.length(); k++) {
			if (!Character.isDigit(form.charAt(k))) {
				return false;
			}
		}
		return true;
	}

}
