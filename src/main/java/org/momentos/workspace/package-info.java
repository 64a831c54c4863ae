/**
 * Workspaces (one business or brand each), their members and roles, login, API keys and
 * the audit trail. Other modules learn who is calling, in which workspace, through
 * {@link org.momentos.workspace.WorkspaceAccess}.
 */
package org.momentos.workspace;
