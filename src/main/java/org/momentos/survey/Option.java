package org.momentos.survey;

/**
 * One answer a choice question offers.
 *
 * @param key stable within its question; what answers store
 * @param label what the respondent reads
 */
public record Option(String key, Text label) {
}
