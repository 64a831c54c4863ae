/**
 * The demo workspace loaded by {@code momentos --demo}, so a newcomer sees real maps at
 * once.
 */
package org.momentos.demo;
