package org.momentos.survey.internal;

import org.momentos.survey.OpenCases;
import org.momentos.workspace.WorkspaceId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until the recovery module exists, no customer has an open case. The recovery module
 * replaces this by declaring its own {@link OpenCases} bean.
 */
@Configuration(proxyBeanMethods = false)
class NoOpenCases {

	@Bean
	@ConditionalOnMissingBean(OpenCases.class)
	OpenCases noneOpen() {
		return (WorkspaceId workspace, String customerReference) -> false;
	}

}
