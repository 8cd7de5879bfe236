/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Binds {@link DynamoProperties} the way the application does, from {@code name=value}
 * pairs.
 *
 * @author dynamo-spring-boot authors
 */
final class TestDynamoProperties {

	private TestDynamoProperties() {
	}

	static DynamoProperties bind(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			map.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("dynamo", DynamoProperties.class);
	}

}
