/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.List;

import io.dynamo.embedded.model.DynamoException;

/**
 * Parses projection expressions: document paths separated by commas, with nested names
 * and list indices; overlapping or conflicting paths are refused as DynamoDB refuses
 * them.
 */
public final class ProjectionExpression {

	static final String NAME = "ProjectionExpression";

	private ProjectionExpression() {
	}

	/**
	 * Parses a {@code ProjectionExpression}.
	 * @throws DynamoException a {@code ValidationException} worded as DynamoDB's
	 */
	public static Projection parse(String text, ExpressionAttributes attributes) {
		Tokens tokens = Tokens.of(NAME, text);
		List<RawPath> raws = new ArrayList<>();
		raws.add(RawPath.parse(tokens));
		while (tokens.accept(",")) {
			raws.add(RawPath.parse(tokens));
		}
		tokens.expectEnd();
		Errors errors = new Errors();
		PathChecks checks = new PathChecks(errors);
		List<AttributePath> paths = new ArrayList<>(raws.size());
		for (RawPath raw : raws) {
			raw.resolve(attributes, errors, Errors.Kind.ATTR_NAME);
			paths.add(raw.path);
		}
		for (AttributePath path : paths) {
			checks.check(path);
		}
		errors.throwFirst(NAME, Errors.Kind.RESERVED, Errors.Kind.ATTR_NAME, Errors.Kind.PATH_OVERLAP,
				Errors.Kind.PATH_CONFLICT);
		return new Projection(paths);
	}

}
