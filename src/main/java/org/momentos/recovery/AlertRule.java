package org.momentos.recovery;

/**
 * One alert rule of a workspace: when a judged signal meets its conditions, its actions
 * run. Rules are tried in position order; each fires at most once per signal.
 *
 * @param id its id ({@code 0} before it is stored)
 * @param name what people call it
 * @param enabled whether it is tried at all
 * @param conditions what the signal must be
 * @param actions what happens
 */
public record AlertRule(long id, String name, boolean enabled, AlertConditions conditions, AlertActions actions) {
}
