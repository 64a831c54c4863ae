/**
 * The signal store: every piece of customer voice (survey answers, tickets, chats, calls,
 * reviews, social posts, interviews, audits) as a {@link org.momentos.signal.Signal},
 * stored once, in one transaction with its {@link org.momentos.signal.SignalReceived}
 * event.
 */
package org.momentos.signal;
