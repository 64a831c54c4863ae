package org.momentos.archfixture;

import org.springframework.stereotype.Component;

/**
 * A known-bad fixture: an engine class that depends on Spring.
 * {@code InsightArchitectureTest} proves its rule rejects this package.
 */
@Component
public class SpringInsideEngine {

}
