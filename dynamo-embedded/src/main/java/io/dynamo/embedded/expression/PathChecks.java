/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses document paths of one expression that overlap (one is the other or lies inside
 * it) or conflict (one steps into a map where the other steps into a list), as DynamoDB
 * does for update and projection expressions.
 */
final class PathChecks {

	private final List<AttributePath> accepted = new ArrayList<>();

	private final Errors errors;

	PathChecks(Errors errors) {
		this.errors = errors;
	}

	void check(AttributePath path) {
		if (path == null || this.errors.has(Errors.Kind.PATH_OVERLAP)) {
			return;
		}
		for (AttributePath earlier : this.accepted) {
			compare(earlier, path);
			if (this.errors.has(Errors.Kind.PATH_OVERLAP)) {
				return;
			}
		}
		this.accepted.add(path);
	}

	private void compare(AttributePath one, AttributePath two) {
		int common = Math.min(one.size(), two.size());
		for (int i = 0; i < common; i++) {
			Object a = one.element(i);
			Object b = two.element(i);
			if (a.getClass() != b.getClass()) {
				// the last conflict found is the one reported
				this.errors.replace(Errors.Kind.PATH_CONFLICT,
						"Two document paths conflict with each other; must remove or rewrite one of these paths; path one: "
								+ one.describe() + ", path two: " + two.describe());
				return;
			}
			if (!a.equals(b)) {
				return;
			}
		}
		this.errors.add(Errors.Kind.PATH_OVERLAP,
				"Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
						+ one.describe() + ", path two: " + two.describe());
	}

}
