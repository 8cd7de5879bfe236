/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.ratelimit.TableLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of {@code dynamo.rate-limit.*} binding, validation and per-table resolution.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoRateLimitPropertiesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "dynamo.rate-limit.write-capacity=-5|dynamo.rate-limit.write-capacity",
					"dynamo.rate-limit.max-read-capacity=0|dynamo.rate-limit.max-read-capacity",
					"dynamo.rate-limit.tables.orders.read-capacity=-1|dynamo.rate-limit.tables.<table>.read-capacity" })
	void whenACapacityIsNotPositiveThenBindingFailsNamingTheProperty(String pair, String property) {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> TestDynamoProperties.bind("dynamo.rate-limit.mode=fixed",
					"dynamo.rate-limit.read-capacity=1", pair))
			.havingRootCause()
			.isInstanceOfSatisfying(InvalidDynamoPropertyException.class,
					(ex) -> assertThat(ex.getProperty()).isEqualTo(property));
	}

	@Test
	void whenTheMinimumIsAboveTheMaximumThenBindingFailsWithTheFix() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> TestDynamoProperties.bind("dynamo.rate-limit.mode=adaptive",
					"dynamo.rate-limit.max-write-capacity=100", "dynamo.rate-limit.min-write-capacity=200"))
			.havingRootCause()
			.isInstanceOfSatisfying(InvalidDynamoPropertyException.class, (ex) -> {
				assertThat(ex.getProperty()).isEqualTo("dynamo.rate-limit.min-write-capacity");
				assertThat(ex.getAction()).contains("dynamo.rate-limit.max-write-capacity");
			});
	}

	@Test
	void whenAFixedModeHasNoCapacityThenBindingFails() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> TestDynamoProperties.bind("dynamo.rate-limit.mode=fixed"))
			.havingRootCause()
			.isInstanceOfSatisfying(InvalidDynamoPropertyException.class,
					(ex) -> assertThat(ex.getProperty()).isEqualTo("dynamo.rate-limit.mode"));
	}

	@Test
	void whenNothingIsSetThenTheLimiterIsOff() {
		DynamoProperties properties = TestDynamoProperties.bind();
		assertThat(properties.rateLimit().mode()).isEqualTo(DynamoProperties.RateLimitMode.NONE);
		assertThat(DynamoRateLimits.isActive(properties.rateLimit())).isFalse();
		assertThat(properties.metrics().enabled()).isTrue();
	}

	@Test
	void whenATableOverridesTheGlobalLimitThenItsOwnValuesWin() {
		DynamoProperties properties = TestDynamoProperties.bind("dynamo.rate-limit.mode=fixed",
				"dynamo.rate-limit.read-capacity=100", "dynamo.rate-limit.write-capacity=50",
				"dynamo.rate-limit.tables.orders.write-capacity=5", "dynamo.rate-limit.tables.audit.mode=adaptive",
				"dynamo.rate-limit.tables.audit.max-write-capacity=400");
		DynamoRateLimits limits = new DynamoRateLimits(properties.rateLimit());
		TableLimits orders = limits.apply("orders");
		assertThat(orders.read().initialRate()).isEqualTo(100);
		assertThat(orders.write().initialRate()).isEqualTo(5);
		TableLimits audit = limits.apply("audit");
		assertThat(audit.read()).isNull();
		assertThat(audit.write().adaptive()).isTrue();
		// an adaptive limit starts at its minimum (a tenth of the maximum) and probes
		// upward
		assertThat(audit.write().initialRate()).isEqualTo(40);
		assertThat(audit.write().minRate()).isEqualTo(40);
		assertThat(limits.apply("other").write().initialRate()).isEqualTo(50);
	}

}
