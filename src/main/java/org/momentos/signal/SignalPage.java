package org.momentos.signal;

import java.util.List;

/**
 * One page of signals, newest first.
 *
 * @param signals the signals of this page
 * @param nextCursor give it back to get the next (older) page; {@code null} on the last
 */
public record SignalPage(List<Signal> signals, String nextCursor) {
}
