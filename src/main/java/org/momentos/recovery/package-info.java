/**
 * Service recovery: alert rules open {@link org.momentos.recovery.Case cases} for bad and
 * critical moments; a case has an owner, SLA timers, a contact log, compensation, a root
 * cause and a follow-up survey, and ends {@code RECOVERED} or {@code LOST}. Other modules
 * ask {@link org.momentos.recovery.OpenCases} whether a customer has an open complaint
 * and implement {@link org.momentos.recovery.FollowUpSurveys}.
 */
package org.momentos.recovery;
