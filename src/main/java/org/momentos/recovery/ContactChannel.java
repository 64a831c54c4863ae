package org.momentos.recovery;

/** How an agent reached out to the customer. */
public enum ContactChannel {

	PHONE, EMAIL, CHAT, WHATSAPP, SMS, IN_PERSON, SOCIAL

}
