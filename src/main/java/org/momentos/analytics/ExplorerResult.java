package org.momentos.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One signal found by the explorer.
 *
 * @param signal its id
 * @param source where it came from
 * @param occurredAt when
 * @param title its title
 * @param highlighted its text as safe HTML, the matching words in {@code <mark>}
 * @param text its plain text
 * @param nps its NPS, if any
 * @param csat its CSAT, if any
 * @param ces its CES, if any
 * @param verdict its verdict, if judged
 * @param sentiment its sentiment, if any
 * @param themes its theme mentions ("theme:POLARITY")
 * @param touchpointKey its touchpoint
 * @param attributes its attributes
 */
public record ExplorerResult(long signal, String source, Instant occurredAt, String title, String highlighted,
		String text, Integer nps, Integer csat, Integer ces, Verdict verdict, Double sentiment, List<String> themes,
		UUID touchpointKey, Map<String, String> attributes) {
}
