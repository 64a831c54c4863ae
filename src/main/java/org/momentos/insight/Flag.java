package org.momentos.insight;

/** Urgent cues in a text, used later to judge a signal critical. */
public enum Flag {

	/** "me doy de baja", "I'm switching to". */
	CHURN_THREAT,
	/** "voy a poner una denuncia", "my lawyer". */
	LEGAL_THREAT,
	/** Harm or danger to people: food poisoning, injury, fire. */
	SAFETY;

	/** The lower-case name used in JSON. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
