/**
 * Analytics: the verdict of every signal (magic, neutral, bad, critical) and moment
 * health (volume, NPS with its confidence interval, CSAT, CES, sentiment, shares) with
 * significance tests for changes between periods.
 */
package org.momentos.analytics;
