/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The measurements of one load run, written as a JSON array of flat records.
 *
 * @author dynamo-spring-boot authors
 */
final class Results {

	private final List<Map<String, Object>> records = new ArrayList<>();

	Map<String, Object> add(String group, String contender) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("group", group);
		record.put("contender", contender);
		this.records.add(record);
		return record;
	}

	void write(String file) throws IOException {
		Path path = Path.of(file);
		if (path.getParent() != null) {
			Files.createDirectories(path.getParent());
		}
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(path.toFile(), this.records);
		System.out.println("wrote " + path);
	}

}
