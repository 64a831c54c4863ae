/**
 * Surveys: bilingual questionnaires bound to a journey touchpoint, their public response
 * pages, personal invitations (links, QR codes, embeds, email) and journey-aware contact
 * rules. A completed response becomes a {@code SURVEY} signal on its touchpoint.
 */
package org.momentos.survey;
