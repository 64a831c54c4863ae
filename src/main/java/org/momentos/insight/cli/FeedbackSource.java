package org.momentos.insight.cli;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads feedback records one at a time, so a file of millions of lines needs no more
 * memory than one.
 */
interface FeedbackSource extends Closeable {

	/** The next record, or null at the end. */
	Feedback next() throws IOException;

}
