/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.support;

import java.lang.reflect.Method;
import java.util.Set;

import io.dynamo.spring.repository.AllowScan;
import io.dynamo.spring.repository.InvalidRepositoryMethodException;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.core.RepositoryInformation;

/**
 * Refuses, at start-up, a repository that exposes the base methods that scan the table
 * ({@code findAll()}, {@code count()}, {@code deleteAll()}, and the sorting and paging
 * {@code findAll}), typically inherited from {@code CrudRepository}, unless
 * {@link AllowScan} is on the repository or on a redeclaration of the method.
 *
 * @author dynamo-spring-boot authors
 */
final class ScanMethodGuard {

	private static final Set<String> SCANS = Set.of("findAll", "count", "deleteAll");

	private ScanMethodGuard() {
	}

	static void check(RepositoryInformation information) {
		Class<?> repository = information.getRepositoryInterface();
		boolean allowedOnRepository = AnnotatedElementUtils.hasAnnotation(repository, AllowScan.class);
		for (Method method : repository.getMethods()) {
			if (isSortedScan(method)) {
				throw new InvalidRepositoryMethodException(repository, method,
						"it would sort or page a scan, and a scan returns items in no order"
								+ inherited(repository, method),
						"extend DynamoRepository (or CrudRepository with @AllowScan) instead of a paging and sorting "
								+ "repository, and page with a derived key query that takes a Pageable");
			}
			if (!allowedOnRepository && isScan(method) && !allowed(repository, method)) {
				throw new InvalidRepositoryMethodException(repository, method,
						"it reads the whole table (a scan)" + inherited(repository, method),
						"extend DynamoRepository instead, or annotate the repository (or a redeclaration of the "
								+ "method) with @AllowScan to scan on purpose");
			}
		}
	}

	private static String inherited(Class<?> repository, Method method) {
		return (method.getDeclaringClass() != repository)
				? ", inherited from " + method.getDeclaringClass().getSimpleName() : "";
	}

	private static boolean isScan(Method method) {
		return !method.isDefault() && !method.isBridge() && SCANS.contains(method.getName())
				&& method.getParameterCount() == 0;
	}

	private static boolean isSortedScan(Method method) {
		if (method.isDefault() || !method.getName().equals("findAll") || method.getParameterCount() != 1) {
			return false;
		}
		Class<?> parameter = method.getParameterTypes()[0];
		return parameter == Sort.class || parameter == Pageable.class;
	}

	private static boolean allowed(Class<?> repository, Method method) {
		for (Method candidate : repository.getMethods()) {
			if (candidate.getName().equals(method.getName())
					&& java.util.Arrays.equals(candidate.getParameterTypes(), method.getParameterTypes())
					&& candidate.isAnnotationPresent(AllowScan.class)) {
				return true;
			}
		}
		return false;
	}

}
