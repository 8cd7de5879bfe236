/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.core.QuerySpec;
import io.dynamo.spring.core.ScanSpec;
import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.IndexDefinition;
import io.dynamo.spring.repository.DynamoPageRequest;
import io.dynamo.spring.repository.InvalidRepositoryMethodException;
import io.dynamo.spring.repository.callback.DynamoEntityCallbacks;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

import org.springframework.core.ResolvableType;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A derived query method: parsed with Spring Data's {@link PartTree} and planned by
 * {@link KeyQueryPlanner} when the repository is created, so that every method that
 * cannot be served fails start-up; at run time it binds the parameters as values and runs
 * the planned query (or scan) through {@link DynamoOperations}.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public class PartTreeDynamoQuery<T> implements RepositoryQuery {

	private static final int DELETE_CHUNK = 1000;

	private final DynamoQueryMethod method;

	private final DynamoOperations operations;

	private final EntityMetadata<T> entity;

	private final PartTree tree;

	private final QueryPlan plan;

	private final Kind kind;

	private final ResultMapper<T> results;

	private final DynamoEntityCallbacks callbacks;

	private final Set<String> filterAttributes;

	private final String name;

	private final @Nullable ReturnedType pageElementType;

	/**
	 * Parse and plan a derived query.
	 * @param method the query method
	 * @param operations the operations to run it with
	 * @param projections the projection factory
	 * @param callbacks the entity callbacks
	 * @throws InvalidRepositoryMethodException if DynamoDB cannot serve the method
	 */
	@SuppressWarnings("unchecked")
	public PartTreeDynamoQuery(DynamoQueryMethod method, DynamoOperations operations, ProjectionFactory projections,
			DynamoEntityCallbacks callbacks) {
		this.method = method;
		this.operations = operations;
		Class<T> type = (Class<T>) method.getEntityInformation().getJavaType();
		this.entity = operations.getMappingContext().getEntity(type);
		this.name = method.getRepositoryInterface().getSimpleName() + "." + method.getName();
		try {
			this.tree = new PartTree(method.getName(), type);
		}
		catch (PropertyReferenceException ex) {
			throw method.invalid(ex.getMessage(), "name properties of " + this.entity.entityName() + " "
					+ new TreeSet<>(this.entity.attributeNames()) + " in the method name");
		}
		catch (IllegalArgumentException ex) {
			throw method.invalid(String.valueOf(ex.getMessage()),
					"write the name as find...By... (or count, exists, delete) with properties of "
							+ this.entity.entityName());
		}
		this.plan = KeyQueryPlanner.plan(method, this.entity, this.tree);
		this.results = new ResultMapper<>(this.entity, projections);
		this.callbacks = callbacks;
		Set<String> attributes = new LinkedHashSet<>();
		this.plan.filter().forEach((group) -> group.forEach((criterion) -> attributes.add(criterion.attribute())));
		this.filterAttributes = Collections.unmodifiableSet(attributes);
		this.kind = kind();
		this.pageElementType = (this.kind == Kind.DYNAMO_PAGE) ? ReturnedType
			.of(ResolvableType.forMethodReturnType(method.getMethod()).getGeneric(0).resolve(type), type, projections)
				: null;
		validate();
	}

	/**
	 * Return the plan, for tests and diagnostics: the table or index read, and whether it
	 * scans.
	 * @return a description such as {@code a query of index 'byStatus'}
	 */
	public String describePlan() {
		return this.plan.describe();
	}

	@Override
	public DynamoQueryMethod getQueryMethod() {
		return this.method;
	}

	private Kind kind() {
		Class<?> returned = this.method.getMethod().getReturnType();
		if (this.tree.isDelete()) {
			return Kind.DELETE;
		}
		if (this.tree.isCountProjection()) {
			return Kind.COUNT;
		}
		if (this.tree.isExistsProjection()) {
			return Kind.EXISTS;
		}
		if (DynamoPage.class.equals(returned)) {
			return Kind.DYNAMO_PAGE;
		}
		if (this.method.isScrollQuery()) {
			return Kind.WINDOW;
		}
		if (this.method.isPageQuery()) {
			return Kind.PAGE;
		}
		if (this.method.isSliceQuery()) {
			return Kind.SLICE;
		}
		if (this.method.isStreamQuery()) {
			return Kind.STREAM;
		}
		return this.method.isCollectionQuery() ? Kind.LIST : Kind.SINGLE;
	}

	private void validate() {
		Class<?> returned = org.springframework.util.ClassUtils
			.resolvePrimitiveIfNecessary(this.method.getMethod().getReturnType());
		DynamoParameters parameters = this.method.getParameters();
		switch (this.kind) {
			case COUNT -> require(returned == Long.class || returned == Integer.class,
					"countBy returns " + returned.getSimpleName() + ", not a number", "declare it to return long");
			case EXISTS -> require(returned == Boolean.class, "existsBy returns " + returned.getSimpleName(),
					"declare it to return boolean");
			case DELETE -> require(
					(returned == Void.class || returned == void.class) || returned == Long.class
							|| returned == Integer.class || this.method.isCollectionQuery(),
					"deleteBy returns " + returned.getSimpleName(),
					"declare it to return void, long (the count) or a List of the deleted entities");
			case WINDOW -> {
				require(!this.plan.scan(), "a Window needs a key query, and this method scans",
						"return DynamoPage with a DynamoPageRequest parameter, or make it a key query");
				require(this.tree.isLimiting() || parameters.hasLimitParameter(),
						"a Window needs a size, and the method has none",
						"add Top<N> or First<N> to the name, " + "or a Limit parameter");
				require(parameters.hasScrollPositionParameter(), "a Window needs a ScrollPosition parameter",
						"add a ScrollPosition parameter (ScrollPosition.keyset() for the first window)");
			}
			case DYNAMO_PAGE -> require(parameters.getPageRequestIndex() >= 0,
					"a DynamoPage needs a DynamoPageRequest parameter", "add a DynamoPageRequest parameter");
			default -> {
			}
		}
		require(this.kind == Kind.DYNAMO_PAGE || parameters.getPageRequestIndex() < 0,
				"a DynamoPageRequest parameter pages a DynamoPage, and the method returns " + returned.getSimpleName(),
				"return DynamoPage<" + this.entity.entityName() + ">, or take a Pageable");
		if (parameters.hasSortParameter() || this.kind == Kind.PAGE || this.kind == Kind.SLICE) {
			require(!parameters.hasSortParameter() || this.plan.sortAttribute() != null,
					"it takes a Sort, and " + this.plan.describe() + " has no order to sort by",
					"drop the Sort parameter" + (this.plan.scan() ? "" : ", or query an index with a sort key"));
		}
		requireIndexHolds(this.results.mapping(returnedType(null)));
	}

	private void requireIndexHolds(ResultMapper.Mapping mapping) {
		IndexDefinition index = this.plan.index();
		if (index == null || index.local() || index.projectionType() == ProjectionType.ALL) {
			return;
		}
		Set<String> held = new LinkedHashSet<>(this.plan.keyAttributes());
		held.addAll(index.nonKeyAttributes());
		Set<String> needed = new TreeSet<>(this.filterAttributes);
		boolean readsItems = this.kind != Kind.COUNT && this.kind != Kind.EXISTS
				&& !(this.kind == Kind.DELETE && !this.method.isCollectionQuery());
		if (readsItems && !this.method.getParameters().hasDynamicProjection()) {
			needed.addAll(mapping.projection() != null ? mapping.attributes() : this.entity.attributeNames());
		}
		needed.removeAll(held);
		require(needed.isEmpty(),
				"global index '" + index.name() + "' holds only " + held + " (projection " + index.projectionType()
						+ "), and the method reads " + needed + " as well, which it would silently miss",
				"return a projection of the attributes the index holds, or add the missing ones to the index's "
						+ "@IndexProjection");
	}

	private void require(boolean condition, String reason, String fix) {
		if (!condition) {
			throw this.method.invalid(reason, fix);
		}
	}

	@Override
	public @Nullable Object execute(Object[] values) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), values);
		return switch (this.kind) {
			case COUNT -> count(accessor);
			case EXISTS -> exists(accessor);
			case DELETE -> delete(accessor);
			default -> read(accessor, values);
		};
	}

	private @Nullable Object read(ParameterAccessor accessor, Object[] values) {
		ResultMapper.Mapping mapping = this.results.mapping(returnedType(accessor));
		if (accessor.findDynamicProjection() != null) {
			requireIndexHolds(mapping);
		}
		Function<T, Object> mapper = (item) -> mapping.mapper()
			.apply(this.callbacks.afterConvert(item, this.entity.tableName()));
		Projection projection = mapping.projection();
		boolean reverse = reverse(accessor);
		int limit = limit(accessor);
		return switch (this.kind) {
			case STREAM -> stream(accessor, projection, limit, reverse, null).map(mapper);
			case SINGLE -> single(accessor, projection, limit, reverse, mapper);
			case SLICE, PAGE -> slice(accessor, projection, limit, reverse, mapper);
			case WINDOW -> window(accessor, projection, limit, reverse, mapper);
			case DYNAMO_PAGE -> page((DynamoPageRequest) values[this.method.getParameters().getPageRequestIndex()],
					accessor, projection, limit, reverse, mapper);
			default -> {
				try (Stream<T> items = stream(accessor, projection, limit, reverse, null)) {
					yield items.map(mapper).toList();
				}
			}
		};
	}

	private ReturnedType returnedType(@Nullable ParameterAccessor accessor) {
		if (this.pageElementType != null) {
			return this.pageElementType;
		}
		ResultProcessor processor = this.method.getResultProcessor();
		return ((accessor != null) ? processor.withDynamicProjection(accessor) : processor).getReturnedType();
	}

	private @Nullable Object single(ParameterAccessor accessor, @Nullable Projection projection, int limit,
			boolean reverse, Function<T, Object> mapper) {
		List<T> items;
		try (Stream<T> stream = stream(accessor, projection, Math.min(limit, 2), reverse, null)) {
			items = stream.toList();
		}
		if (items.size() > 1) {
			throw new IncorrectResultSizeDataAccessException(
					this.name + " returns one " + this.entity.entityName()
							+ ", and more than one item matches; return a List, or add First to the name",
					1, items.size());
		}
		return items.isEmpty() ? null : mapper.apply(items.get(0));
	}

	private Object slice(ParameterAccessor accessor, @Nullable Projection projection, int limit, boolean reverse,
			Function<T, Object> mapper) {
		Pageable pageable = accessor.getPageable();
		if (pageable.isUnpaged()) {
			List<Object> content;
			try (Stream<T> items = stream(accessor, projection, limit, reverse, null)) {
				content = items.map(mapper).toList();
			}
			return (this.kind == Kind.PAGE) ? new PageImpl<>(content) : new SliceImpl<>(content);
		}
		// DynamoDB cannot jump to an offset: the items of earlier pages are read and
		// dropped (a Window scrolls at constant cost instead)
		long offset = pageable.getOffset();
		int size = pageable.getPageSize();
		int wanted = (int) Math.min(limit, Math.min(Integer.MAX_VALUE - 1L, offset + size + 1));
		List<Object> content;
		try (Stream<T> items = stream(accessor, projection, wanted, reverse, null)) {
			content = new ArrayList<>(items.skip(offset).map(mapper).toList());
		}
		boolean hasNext = content.size() > size;
		List<Object> page = hasNext ? content.subList(0, size) : content;
		if (this.kind == Kind.SLICE) {
			return new SliceImpl<>(page, pageable, hasNext);
		}
		return PageableExecutionUtils.getPage(page, pageable, () -> count(accessor));
	}

	private Window<Object> window(ParameterAccessor accessor, @Nullable Projection projection, int limit,
			boolean reverse, Function<T, Object> mapper) {
		ScrollPosition position = accessor.getScrollPosition();
		boolean backward = false;
		Map<String, AttributeValue> start = null;
		if (position instanceof KeysetScrollPosition keyset) {
			backward = keyset.scrollsBackward();
			if (!keyset.isInitial()) {
				start = ItemKeys.startKeyOf(this.entity, keyset.getKeys(), this.plan.keyAttributes());
			}
		}
		else if (position instanceof OffsetScrollPosition offset && !offset.isInitial()) {
			throw new InvalidDataAccessApiUsageException(this.name + ": DynamoDB cannot jump to offset "
					+ offset.getOffset() + "; scroll with ScrollPosition.keyset() and the positions of each Window");
		}
		List<T> items;
		try (Stream<T> stream = stream(accessor, projection, limit + 1, reverse != backward, start)) {
			items = new ArrayList<>(stream.toList());
		}
		boolean hasNext = items.size() > limit;
		if (hasNext) {
			items.remove(items.size() - 1);
		}
		if (backward) {
			Collections.reverse(items);
		}
		List<Map<String, Object>> keys = items.stream()
			.map((item) -> ItemKeys.positionOf(this.entity.toItem(item), this.plan.keyAttributes()))
			.toList();
		ScrollPosition.Direction direction = backward ? ScrollPosition.Direction.BACKWARD
				: ScrollPosition.Direction.FORWARD;
		return Window.from(items.stream().map(mapper).toList(),
				(index) -> ScrollPosition.of(keys.get(index), direction), hasNext);
	}

	private DynamoPage<Object> page(DynamoPageRequest request, ParameterAccessor accessor,
			@Nullable Projection projection, int limit, boolean reverse, Function<T, Object> mapper) {
		int size = Math.min(request.size(), limit);
		DynamoPage<T> page = this.plan.scan()
				? this.operations.scanPage(scanSpec(accessor, projection, Integer.MAX_VALUE).limit(size),
						request.token())
				: this.operations.queryPage(querySpec(accessor, projection, size, reverse, null), request.token());
		return new DynamoPage<>(page.items().stream().map(mapper).toList(), page.nextToken());
	}

	private long count(ParameterAccessor accessor) {
		return this.plan.scan() ? this.operations.count(scanSpec(accessor, null, Integer.MAX_VALUE))
				: this.operations.count(querySpec(accessor, null, Integer.MAX_VALUE, false, null));
	}

	private boolean exists(ParameterAccessor accessor) {
		try (Stream<T> items = stream(accessor, keysOnly(), 1, false, null)) {
			return items.findFirst().isPresent();
		}
	}

	private Object delete(ParameterAccessor accessor) {
		boolean returnsEntities = this.method.isCollectionQuery();
		List<T> deleted = new ArrayList<>();
		List<DynamoKey> chunk = new ArrayList<>();
		long count = 0;
		try (Stream<T> items = stream(accessor, returnsEntities ? null : keysOnly(), limit(accessor), reverse(accessor),
				null)) {
			for (Iterator<T> iterator = items.iterator(); iterator.hasNext();) {
				T item = iterator.next();
				chunk.add(ItemKeys.of(this.entity, item));
				count++;
				if (returnsEntities) {
					deleted.add(this.callbacks.afterConvert(item, this.entity.tableName()));
				}
				if (chunk.size() == DELETE_CHUNK) {
					deleteKeys(chunk);
				}
			}
		}
		deleteKeys(chunk);
		return returnsEntities ? deleted : count;
	}

	private void deleteKeys(List<DynamoKey> keys) {
		if (!keys.isEmpty()) {
			this.operations.batchWrite(BatchWrite.create().delete(this.entity.type(), List.copyOf(keys)));
			keys.clear();
		}
	}

	private Projection keysOnly() {
		return Projection.of(this.plan.keyAttributes().toArray(String[]::new));
	}

	private Stream<T> stream(ParameterAccessor accessor, @Nullable Projection projection, int limit, boolean reverse,
			@Nullable Map<String, AttributeValue> start) {
		if (this.plan.scan()) {
			return this.operations.scan(scanSpec(accessor, projection, limit));
		}
		return this.operations.query(querySpec(accessor, projection, limit, reverse, start));
	}

	private QuerySpec<T> querySpec(ParameterAccessor accessor, @Nullable Projection projection, int limit,
			boolean reverse, @Nullable Map<String, AttributeValue> start) {
		Criterion partition = this.plan.partition();
		Object partitionValue = partition.value(accessor, 0);
		if (this.plan.partitionTemplated()) {
			partitionValue = this.entity.partitionKeyValue(partitionValue);
		}
		QuerySpec<T> spec = QuerySpec.of(this.entity.type(), partitionValue);
		if (this.plan.index() != null) {
			spec.index(this.plan.index().name());
		}
		if (this.plan.sort() != null) {
			spec.sortKey(this.plan.sort().toSortKeyCondition(accessor, this.entity, this.plan.sortTemplated()));
		}
		if (reverse) {
			spec.reverse();
		}
		if (start != null) {
			spec.startAfter(start);
		}
		return options(spec, accessor, projection, limit);
	}

	private ScanSpec<T> scanSpec(ParameterAccessor accessor, @Nullable Projection projection, int limit) {
		ScanSpec<T> spec = ScanSpec.of(this.entity.type());
		if (this.plan.index() != null) {
			spec.index(this.plan.index().name());
		}
		return options(spec, accessor, projection, limit);
	}

	private <S extends io.dynamo.spring.core.ReadSpec<T, S>> S options(S spec, ParameterAccessor accessor,
			@Nullable Projection projection, int limit) {
		Condition filter = filter(accessor);
		if (filter != null) {
			spec.filter(filter);
		}
		if (projection != null) {
			spec.projection(projection);
		}
		if (this.method.isConsistentRead()) {
			spec.consistentRead();
		}
		Integer pageSize = this.method.getPageSize();
		if (pageSize != null) {
			spec.pageSize(pageSize);
		}
		if (limit != Integer.MAX_VALUE) {
			spec.limit(limit);
		}
		return spec;
	}

	private @Nullable Condition filter(ParameterAccessor accessor) {
		Condition any = null;
		for (List<Criterion> group : this.plan.filter()) {
			Condition all = null;
			for (Criterion criterion : group) {
				Condition condition = criterion.toFilter(accessor);
				if (condition != null) {
					all = (all != null) ? all.and(condition) : condition;
				}
			}
			if (all == null && this.plan.filter().size() > 1) {
				// an alternative that holds for every item: the OR holds for every item
				return null;
			}
			if (all != null) {
				any = (any != null) ? any.or(all) : all;
			}
		}
		return any;
	}

	private boolean reverse(ParameterAccessor accessor) {
		Sort sort = accessor.getSort();
		if (sort.isUnsorted()) {
			return this.plan.reverse();
		}
		boolean reverse = false;
		for (Sort.Order order : sort) {
			String attribute = this.entity.attributeNameOf(order.getProperty());
			if (attribute == null || !attribute.equals(this.plan.sortAttribute())) {
				throw new InvalidDataAccessApiUsageException(
						this.name + ": cannot sort by '" + order.getProperty() + "'; " + this.plan.describe()
								+ " returns items in the order of " + ((this.plan.sortAttribute() != null)
										? "sort key '" + this.plan.sortAttribute() + "'" : "no attribute")
								+ ", so sort by that or not at all");
			}
			reverse = order.isDescending();
		}
		return reverse;
	}

	private int limit(ParameterAccessor accessor) {
		int limit = Integer.MAX_VALUE;
		Integer max = this.tree.getMaxResults();
		if (max != null) {
			limit = max;
		}
		// with a Pageable, Spring Data reports its page size as the limit: pages apply it
		Limit parameter = this.method.getParameters().hasLimitParameter() ? accessor.getLimit() : Limit.unlimited();
		if (parameter.isLimited()) {
			limit = Math.min(limit, parameter.max());
		}
		return limit;
	}

	private enum Kind {

		LIST, STREAM, SINGLE, SLICE, PAGE, WINDOW, DYNAMO_PAGE, COUNT, EXISTS, DELETE

	}

}
