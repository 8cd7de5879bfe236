/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples of docs/transactions.md are these compiled test sources, verbatim (from
 * their package line on): a change to one that is not copied into the docs fails here.
 *
 * @author dynamo-spring-boot authors
 */
class TransactionDocsTests {

	private static final Path DOCS = Path.of("..", "docs", "transactions.md");

	@ParameterizedTest
	@ValueSource(
			strings = { "io/dynamo/spring/transaction/Stock.java", "io/dynamo/spring/transaction/CustomerAccount.java",
					"io/dynamo/spring/transaction/example/OrderService.java",
					"io/dynamo/spring/transaction/example/OrderWrites.java" })
	void whenTheDocsShowASampleThenItIsTheCompiledSourceVerbatim(String source) throws IOException {
		String code = Files.readString(Path.of("src", "test", "java").resolve(source), StandardCharsets.UTF_8);
		String sample = code.substring(code.indexOf("package ")).stripTrailing();
		assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).contains("```java\n" + sample + "\n```");
	}

}
