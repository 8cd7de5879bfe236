/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.IndexDefinition;
import io.dynamo.spring.mapping.KeyTemplate;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

import org.springframework.core.ResolvableType;
import org.springframework.data.core.PropertyPath;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.util.ClassUtils;

/**
 * Plans a derived query once, at start-up: turns the method name's conditions into
 * {@link Criterion criteria}, chooses the table or the one index whose key schema fits,
 * and refuses, with the method, the reason and the fix, every method that DynamoDB cannot
 * serve as a key query (unless {@link io.dynamo.spring.repository.AllowScan} lets it
 * scan).
 *
 * @author dynamo-spring-boot authors
 */
final class KeyQueryPlanner {

	private static final String SORT_KEY_KEYWORDS = "Is/Equals, LessThan, LessThanEqual, GreaterThan, "
			+ "GreaterThanEqual, Before, After, Between and StartingWith";

	private final DynamoQueryMethod method;

	private final EntityMetadata<?> entity;

	private final PartTree tree;

	private KeyQueryPlanner(DynamoQueryMethod method, EntityMetadata<?> entity, PartTree tree) {
		this.method = method;
		this.entity = entity;
		this.tree = tree;
	}

	static QueryPlan plan(DynamoQueryMethod method, EntityMetadata<?> entity, PartTree tree) {
		return new KeyQueryPlanner(method, entity, tree).plan();
	}

	private QueryPlan plan() {
		if (this.tree.isDistinct()) {
			throw this.method.invalid("'Distinct' has no meaning in DynamoDB, where items are unique by key",
					"remove 'Distinct' from the method name");
		}
		List<List<Criterion>> groups = criteria();
		String order = orderAttribute();
		boolean descending = this.tree.getSort().stream().anyMatch(Sort.Order::isDescending);
		if (groups.size() > 1) {
			if (!this.method.isScanAllowed()) {
				throw this.method.invalid(
						"'Or' cannot be a key query: a DynamoDB query reads one partition under one key condition",
						"split the method into one method per alternative, or annotate it with @AllowScan to scan "
								+ "the table with the conditions as a filter");
			}
			return scanPlan(groups, order);
		}
		List<Criterion> criteria = groups.get(0);
		List<Target> targets = targets();
		Target target = choose(criteria, order, targets);
		if (target == null) {
			if (this.method.isScanAllowed()) {
				return scanPlan(groups, order);
			}
			throw noKeyQuery(criteria, order, targets);
		}
		return keyPlan(target, criteria, descending);
	}

	private List<List<Criterion>> criteria() {
		List<List<Criterion>> groups = new ArrayList<>();
		int position = 0;
		for (PartTree.OrPart or : this.tree) {
			List<Criterion> group = new ArrayList<>();
			for (Part part : or) {
				group.add(criterion(part, position));
				position += part.getNumberOfArguments();
			}
			groups.add(group);
		}
		if (groups.isEmpty()) {
			groups.add(List.of());
		}
		return groups;
	}

	private Criterion criterion(Part part, int position) {
		PropertyPath path = part.getProperty();
		String property = path.toDotPath();
		if (part.shouldIgnoreCase() != Part.IgnoreCaseType.NEVER) {
			throw this.method.invalid("'IgnoreCase' on '" + property + "': DynamoDB compares strings case-sensitively",
					"store a normalized copy of the attribute (such as lower case) and query that one");
		}
		if (path.hasNext()) {
			throw this.method.invalid(
					"'" + property + "' is a nested property; derived queries take top-level " + "attributes only",
					"query a top-level attribute, or write the filter with DynamoTemplate");
		}
		String attribute = this.entity.attributeNameOf(path.getSegment());
		if (attribute == null) {
			throw this.method.invalid("'" + property + "' is no attribute of " + this.entity.entityName(),
					"use one of " + new TreeSet<>(this.entity.attributeNames()));
		}
		refuseKeyword(part.getType(), property);
		Criterion criterion = new Criterion(attribute, property, part.getType(), position,
				this.method.getRepositoryInterface().getSimpleName() + "." + this.method.getName());
		checkParameters(criterion, part.getNumberOfArguments());
		return criterion;
	}

	private void refuseKeyword(Part.Type type, String property) {
		String on = " (on '" + property + "')";
		switch (type) {
			case LIKE, NOT_LIKE -> throw this.method.invalid("DynamoDB has no LIKE" + on,
					"use StartingWith (begins_with) or Containing (contains)");
			case REGEX ->
				throw this.method.invalid("DynamoDB has no regular expressions" + on, "use StartingWith or Containing");
			case NEAR, WITHIN -> throw this.method.invalid("DynamoDB has no geospatial conditions" + on,
					"store a geohash and query it with StartingWith on a sort key");
			case ENDING_WITH -> throw this.method.invalid("DynamoDB has no ends_with" + on,
					"store the reversed string in another attribute and query it with StartingWith");
			case IS_EMPTY, IS_NOT_EMPTY ->
				throw this.method.invalid("'IsEmpty' and 'IsNotEmpty' are not supported" + on,
						"use IsNull or IsNotNull: DynamoDB stores no empty sets, and empty lists are rare");
			default -> {
			}
		}
	}

	private void checkParameters(Criterion criterion, int count) {
		Class<?> attributeType = this.entity.attributeType(criterion.attribute());
		if (attributeType == null) {
			return;
		}
		Part.Type type = criterion.type();
		if ((type == Part.Type.STARTING_WITH) && attributeType != String.class) {
			throw this.method.invalid("StartingWith on '" + criterion.property() + "', which is a "
					+ attributeType.getSimpleName() + ", not a String", "use StartingWith on a String attribute");
		}
		if ((type == Part.Type.TRUE || type == Part.Type.FALSE)
				&& ClassUtils.resolvePrimitiveIfNecessary(attributeType) != Boolean.class) {
			throw this.method.invalid(
					criterion.keyword() + " on '" + criterion.property() + "', which is a "
							+ attributeType.getSimpleName() + ", not a Boolean",
					"use True or False on a Boolean attribute");
		}
		for (int i = 0; i < count; i++) {
			Parameter parameter = this.method.getParameters().getBindableParameter(criterion.firstParameter() + i);
			ResolvableType parameterType = ResolvableType.forMethodParameter(this.method.getMethod(),
					parameter.getIndex());
			Class<?> expected = attributeType;
			Class<?> actual = parameterType.resolve(Object.class);
			if (type == Part.Type.IN || type == Part.Type.NOT_IN) {
				if (!parameterType.isArray() && !Collection.class.isAssignableFrom(actual)) {
					throw parameterMismatch(criterion, parameter,
							"a Collection or an array of " + attributeType.getSimpleName());
				}
				actual = parameterType.isArray() ? parameterType.getComponentType().resolve(Object.class)
						: parameterType.asCollection().resolveGeneric(0);
				if (actual == null) {
					continue;
				}
			}
			else if (type == Part.Type.CONTAINING || type == Part.Type.NOT_CONTAINING) {
				expected = elementType(criterion.attribute(), attributeType);
			}
			if (expected != null && !compatible(expected, actual)) {
				throw parameterMismatch(criterion, parameter, expected.getSimpleName());
			}
		}
	}

	private @Nullable Class<?> elementType(String attribute, Class<?> attributeType) {
		if (!Collection.class.isAssignableFrom(attributeType)) {
			return (attributeType == String.class) ? String.class : null;
		}
		AttributeConverter<?> converter = this.entity.schema().converterForAttribute(attribute);
		List<EnhancedType<?>> parameters = (converter != null) ? converter.type().rawClassParameters() : List.of();
		return parameters.isEmpty() ? null : parameters.get(0).rawClass();
	}

	private static boolean compatible(Class<?> expected, Class<?> actual) {
		Class<?> attribute = ClassUtils.resolvePrimitiveIfNecessary(expected);
		Class<?> parameter = ClassUtils.resolvePrimitiveIfNecessary(actual);
		return attribute.isAssignableFrom(parameter)
				|| (Number.class.isAssignableFrom(attribute) && Number.class.isAssignableFrom(parameter));
	}

	private RuntimeException parameterMismatch(Criterion criterion, Parameter parameter, String expected) {
		return this.method.invalid(
				"parameter " + (parameter.getIndex() + 1) + " (" + parameter.getType().getSimpleName()
						+ ") does not convert to attribute '" + criterion.attribute() + "' of "
						+ this.entity.entityName() + " for " + criterion.keyword(),
				"declare the parameter as " + expected);
	}

	private @Nullable String orderAttribute() {
		List<Sort.Order> orders = this.tree.getSort().toList();
		if (orders.isEmpty()) {
			return null;
		}
		if (orders.size() > 1) {
			throw this.method.invalid(
					"OrderBy names " + orders.size() + " properties; DynamoDB orders by the sort key " + "only",
					"order by the sort key alone");
		}
		String property = orders.get(0).getProperty();
		String attribute = this.entity.attributeNameOf(property);
		if (attribute == null) {
			throw this.method.invalid(
					"OrderBy names '" + property + "', which is no attribute of " + this.entity.entityName(),
					"order by the sort key of the table or index queried");
		}
		return attribute;
	}

	private List<Target> targets() {
		List<Target> targets = new ArrayList<>();
		KeyTemplate partitionTemplate = this.entity.partitionKeyTemplate();
		KeyTemplate sortTemplate = this.entity.sortKeyTemplate();
		String partition = (partitionTemplate == null) ? this.entity.partitionKey() : single(partitionTemplate);
		String sort = (sortTemplate == null) ? this.entity.sortKey() : single(sortTemplate);
		boolean sortTemplated = sortTemplate != null && sort != null;
		boolean rangeOnTemplate = sortTemplated && sortTemplate.endsWithPlaceholder()
				&& this.entity.attributeType(sort) == String.class;
		// QuerySpec renders the table's partition template itself
		targets.add(new Target(null, partition, false, sort, sortTemplated, !sortTemplated || rangeOnTemplate));
		for (IndexDefinition index : this.entity.indexes()) {
			boolean inheritsTemplate = index.local() && partitionTemplate != null;
			targets.add(new Target(index, inheritsTemplate ? partition : index.partitionKey(), inheritsTemplate,
					index.sortKey(), false, true));
		}
		return targets;
	}

	private static @Nullable String single(KeyTemplate template) {
		return (template.placeholders().size() == 1) ? template.placeholders().get(0) : null;
	}

	private @Nullable Target choose(List<Criterion> criteria, @Nullable String order, List<Target> targets) {
		String named = this.method.getIndexName();
		if (named != null) {
			Target target = targets.stream()
				.filter((candidate) -> candidate.index() != null && candidate.index().name().equals(named))
				.findFirst()
				.orElseThrow(() -> this.method.invalid(
						"@QueryIndex names index '" + named + "', which " + this.entity.entityName() + " does not have",
						"name one of its indexes " + this.entity.indexes().stream().map(IndexDefinition::name).toList()
								+ ", or declare the index on the entity"));
			String misfit = misfit(target, criteria, order);
			if (misfit != null) {
				throw this.method.invalid(
						"@QueryIndex(\"" + named + "\") names " + target.describe() + ", but " + misfit,
						"add an equality condition on the index's partition key, or name another index");
			}
			return target;
		}
		List<Target> fitting = targets.stream().filter((target) -> misfit(target, criteria, order) == null).toList();
		if (fitting.isEmpty()) {
			return null;
		}
		int best = fitting.stream().mapToInt((target) -> score(target, criteria)).max().getAsInt();
		List<Target> candidates = fitting.stream().filter((target) -> score(target, criteria) == best).toList();
		if (candidates.get(0).index() == null || candidates.size() == 1) {
			return candidates.get(0);
		}
		throw this.method.invalid(
				"the key schemas of " + candidates.stream().map(Target::describe).collect(Collectors.joining(" and "))
						+ " fit the method equally",
				"name one with @QueryIndex(\"" + candidates.get(0).index().name() + "\")");
	}

	private @Nullable String misfit(Target target, List<Criterion> criteria, @Nullable String order) {
		if (target.partitionAttribute() == null) {
			return "its partition key is built from several attributes, which one condition cannot fix";
		}
		if (criteria.stream()
			.noneMatch((criterion) -> criterion.isEquality()
					&& criterion.attribute().equals(target.partitionAttribute()))) {
			return "the method has no equality condition on its partition key '" + target.partitionAttribute() + "'";
		}
		if (order != null && !order.equals(target.sortAttribute())) {
			return "it is sorted by "
					+ ((target.sortAttribute() != null) ? "'" + target.sortAttribute() + "'" : "nothing") + ", not by '"
					+ order + "' as OrderBy asks";
		}
		return null;
	}

	private static int score(Target target, List<Criterion> criteria) {
		return criteria.stream()
			.anyMatch((criterion) -> criterion.attribute().equals(target.sortAttribute())
					&& target.takesInKeyCondition(criterion)) ? 1 : 0;
	}

	private RuntimeException noKeyQuery(List<Criterion> criteria, @Nullable String order, List<Target> targets) {
		String reasons = targets.stream()
			.map((target) -> target.describe() + ": " + misfit(target, criteria, order))
			.collect(Collectors.joining("; "));
		String equality = criteria.stream()
			.filter(Criterion::isEquality)
			.map(Criterion::attribute)
			.findFirst()
			.orElse(null);
		String index = (equality != null)
				? "add a secondary index whose partition key is '" + equality + "'"
						+ ((order != null) ? " and sort key '" + order + "'" : "")
				: "add an equality condition on a partition key (such as findBy"
						+ capitalize(targets.get(0).partitionAttribute()) + "And...)";
		return this.method.invalid("no key query serves it, and it would scan the table (" + reasons + ")",
				index + ", or annotate the method with @AllowScan to scan on purpose");
	}

	private static String capitalize(@Nullable String name) {
		return (name == null || name.isEmpty()) ? "PartitionKey"
				: Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private QueryPlan keyPlan(Target target, List<Criterion> criteria, boolean descending) {
		Criterion partition = null;
		Criterion sort = null;
		List<Criterion> filter = new ArrayList<>();
		for (Criterion criterion : criteria) {
			if (criterion.attribute().equals(target.partitionAttribute())) {
				if (partition != null || !criterion.isEquality()) {
					throw this.method.invalid(
							"a second condition (" + criterion.keyword() + ") on partition key '"
									+ criterion.attribute() + "' of " + target.describe(),
							"keep only the equality on '" + criterion.attribute()
									+ "': DynamoDB takes nothing else on a partition key");
				}
				partition = criterion;
			}
			else if (criterion.attribute().equals(target.sortAttribute())) {
				if (sort == null && target.takesInKeyCondition(criterion)) {
					sort = criterion;
				}
				else if (target.sortTemplated()) {
					// the template's attribute is stored on its own too: it can be
					// filtered
					filter.add(criterion);
				}
				else if (sort != null) {
					throw this.method.invalid(
							"two conditions on sort key '" + criterion.attribute() + "' of " + target.describe(),
							"combine them into one (Between for a range) or drop one");
				}
				else {
					throw this.method.invalid(
							"sort key '" + criterion.attribute() + "' of " + target.describe() + " takes only "
									+ SORT_KEY_KEYWORDS + ", not " + criterion.keyword()
									+ ", and DynamoDB refuses key attributes in a filter",
							"use one of those keywords on '" + criterion.attribute() + "'");
				}
			}
			else {
				filter.add(criterion);
			}
		}
		IndexDefinition index = target.index();
		if (this.method.isConsistentRead() && index != null && !index.local()) {
			throw this.method.invalid(
					"it asks for consistent reads of global index '" + index.name() + "', which DynamoDB refuses",
					"drop @QueryOptions(consistentRead = true), or query the table or a " + "local index");
		}
		return new QueryPlan(false, index, partition, target.partitionTemplated(), sort, target.sortTemplated(),
				List.of(filter), target.sortAttribute(), descending, keyAttributes(index));
	}

	private QueryPlan scanPlan(List<List<Criterion>> groups, @Nullable String order) {
		if (order != null) {
			throw this.method.invalid("OrderBy on a scan: a scan returns items in no particular order",
					"drop OrderBy, or fix the partition key of an index sorted by '" + order + "' by equality");
		}
		String named = this.method.getIndexName();
		IndexDefinition index = (named != null) ? this.entity.indexes()
			.stream()
			.filter((candidate) -> candidate.name().equals(named))
			.findFirst()
			.orElseThrow(() -> this.method.invalid(
					"@QueryIndex names index '" + named + "', which " + this.entity.entityName() + " does not have",
					"name one of its indexes"))
				: null;
		return new QueryPlan(true, index, null, false, null, false, groups, null, false, keyAttributes(index));
	}

	private List<String> keyAttributes(@Nullable IndexDefinition index) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(this.entity.partitionKey());
		if (this.entity.sortKey() != null) {
			keys.add(this.entity.sortKey());
		}
		if (index != null) {
			keys.add(index.partitionKey());
			if (index.sortKey() != null) {
				keys.add(index.sortKey());
			}
		}
		return List.copyOf(keys);
	}

	/**
	 * The table or an index, with the attributes a method's conditions must name to fix
	 * its keys (for a templated key, the template's single attribute).
	 */
	private record Target(@Nullable IndexDefinition index, @Nullable String partitionAttribute,
			boolean partitionTemplated, @Nullable String sortAttribute, boolean sortTemplated,
			boolean rangesOnSortKey) {

		boolean takesInKeyCondition(Criterion criterion) {
			return criterion.isSortKeyOperator() && (criterion.isEquality() || this.rangesOnSortKey);
		}

		String describe() {
			String keys = "partition key '" + this.partitionAttribute + "'"
					+ ((this.sortAttribute != null) ? ", sort key '" + this.sortAttribute + "'" : "");
			return ((this.index != null) ? "index '" + this.index.name() + "'" : "the table") + " (" + keys + ")";
		}

	}

}
