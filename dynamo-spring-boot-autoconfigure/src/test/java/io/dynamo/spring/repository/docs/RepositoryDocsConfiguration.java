/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.docs;

import java.util.Locale;
import java.util.Optional;

import io.dynamo.spring.repository.callback.BeforeConvertCallback;
import org.slf4j.MDC;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;

/**
 * The auditing and callback beans of {@code docs/repositories.md}.
 *
 * @author dynamo-spring-boot authors
 */
@Configuration(proxyBeanMethods = false)
public class RepositoryDocsConfiguration {

	// tag::auditor[]
	@Bean
	AuditorAware<String> auditor() {
		// the user a request filter put into the logging context
		return () -> Optional.ofNullable(MDC.get("user"));
	}
	// end::auditor[]

	// tag::callback[]
	@Bean
	BeforeConvertCallback<Order> normalizeStatus() {
		return (order, table) -> new Order(order.customerId(), order.placedOn(),
				order.status().toUpperCase(Locale.ROOT), order.total(), order.version());
	}
	// end::callback[]

}
