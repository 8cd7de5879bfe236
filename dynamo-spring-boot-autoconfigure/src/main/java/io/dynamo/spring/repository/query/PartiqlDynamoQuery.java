/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import io.dynamo.spring.core.DynamoExceptionTranslator;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.expression.AttributePath;
import io.dynamo.spring.expression.ValueConverter;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.repository.callback.DynamoEntityCallbacks;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;

/**
 * A {@link io.dynamo.spring.repository.Query @Query} method: a PartiQL statement run with
 * {@code ExecuteStatement}, its {@code ?} bound to the method's parameters as values.
 * {@code SELECT} results are read lazily, page by page.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public class PartiqlDynamoQuery<T> implements RepositoryQuery {

	private static final AttributePath PARAMETER = AttributePath.of("?");

	private final DynamoQueryMethod method;

	private final DynamoOperations operations;

	private final EntityMetadata<T> entity;

	private final String statement;

	private final boolean select;

	private final ResultMapper<T> results;

	private final DynamoEntityCallbacks callbacks;

	private final DynamoExceptionTranslator translator = new DynamoExceptionTranslator();

	/**
	 * Prepare a statement method.
	 * @param method the query method
	 * @param operations the operations whose client runs the statement
	 * @param projections the projection factory
	 * @param callbacks the entity callbacks
	 * @throws io.dynamo.spring.repository.InvalidRepositoryMethodException if the
	 * statement and the method do not match
	 */
	@SuppressWarnings("unchecked")
	public PartiqlDynamoQuery(DynamoQueryMethod method, DynamoOperations operations, ProjectionFactory projections,
			DynamoEntityCallbacks callbacks) {
		this.method = method;
		this.operations = operations;
		this.entity = operations.getMappingContext().getEntity((Class<T>) method.getEntityInformation().getJavaType());
		String text = String.valueOf(method.getStatement()).strip();
		this.statement = text.replace("#{#tableName}", this.entity.tableName());
		this.select = text.regionMatches(true, 0, "SELECT", 0, 6);
		this.results = new ResultMapper<>(this.entity, projections);
		this.callbacks = callbacks;
		int placeholders = placeholders(this.statement);
		int parameters = method.getParameters().getBindableParameters().getNumberOfParameters();
		if (placeholders != parameters) {
			throw method.invalid("the statement has " + placeholders + " '?' parameter(s) and the method " + parameters,
					"give the method one parameter per '?', in order");
		}
		if (method.getParameters().hasSpecialParameter()) {
			throw method.invalid("a @Query method takes no Pageable, Sort, Limit, ScrollPosition or page request",
					"write the limit into the statement, or use a derived query");
		}
		if (this.select && (method.isPageQuery() || method.isSliceQuery() || method.isScrollQuery())) {
			throw method.invalid("a @Query SELECT returns a List, a Stream, an Optional or one entity",
					"declare one of those");
		}
		if (!this.select && method.getMethod().getReturnType() != void.class) {
			throw method.invalid("a @Query statement that is no SELECT returns nothing", "declare the method void");
		}
	}

	private static int placeholders(String statement) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < statement.length(); i++) {
			char c = statement.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (c == '?' && !quoted) {
				count++;
			}
		}
		return count;
	}

	@Override
	public DynamoQueryMethod getQueryMethod() {
		return this.method;
	}

	@Override
	public @Nullable Object execute(Object[] values) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), values);
		List<AttributeValue> parameters = new ArrayList<>();
		for (Object value : accessor) {
			parameters.add(ValueConverter.DEFAULT.convert(PARAMETER, value));
		}
		ExecuteStatementRequest request = ExecuteStatementRequest.builder()
			.statement(this.statement)
			.parameters(parameters.isEmpty() ? null : parameters)
			.consistentRead(this.method.isConsistentRead() ? Boolean.TRUE : null)
			.build();
		if (!this.select) {
			call(request);
			return null;
		}
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		Function<Object, Object> mapper = this.results.mapping(processor.getReturnedType()).mapper();
		Stream<Object> items = pages(request).flatMap((page) -> page.items().stream())
			.map((item) -> mapper
				.apply(this.callbacks.afterConvert(this.entity.fromItem(item), this.entity.tableName())));
		if (this.method.isStreamQuery()) {
			return items;
		}
		List<Object> list;
		try (items) {
			list = this.method.isCollectionQuery() ? items.toList() : items.limit(2).toList();
		}
		if (this.method.isCollectionQuery()) {
			return list;
		}
		if (list.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(this.method.getName() + " returns one "
					+ this.entity.entityName() + ", and the statement returned more; return a List", 1, list.size());
		}
		return list.isEmpty() ? null : list.get(0);
	}

	private Stream<ExecuteStatementResponse> pages(ExecuteStatementRequest request) {
		// each page is fetched only when the previous one is used up
		return Stream.iterate(call(request), (page) -> page != null, (page) -> (page.nextToken() != null)
				? call(request.toBuilder().nextToken(page.nextToken()).build()) : null);
	}

	private ExecuteStatementResponse call(ExecuteStatementRequest request) {
		try {
			return this.operations.getClient().executeStatement(request);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "ExecuteStatement", this.entity.tableName());
		}
	}

	/**
	 * Return the statement as sent.
	 * @return the statement
	 */
	public String getStatement() {
		return this.statement;
	}

}
