/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Numbers;

/**
 * A parsed update (an {@code UpdateExpression} or legacy {@code AttributeUpdates}):
 * actions that turn an item into its next version. Immutable; {@link #apply} never
 * changes its input.
 */
public final class Update {

	static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

	static final String UNSUPPORTED_INDEX_TYPE = "The update expression attempted to update the secondary index key to unsupported type";

	static final String LEGACY_MISMATCH = "Type mismatch for attribute to update";

	/** One action of an update. */
	sealed interface Action {

		AttributePath path();

	}

	/** SET; {@code type} is the value's type when known before evaluation, or null. */
	record SetAction(AttributePath path, UpdateValue value, String type) implements Action {
	}

	record RemoveAction(AttributePath path) implements Action {
	}

	/** ADD a number or set; legacy ADD also appends to lists. */
	record AddAction(AttributePath path, AttributeValue value, boolean legacy) implements Action {
	}

	/**
	 * DELETE elements of a set; a legacy DELETE without a value removes the attribute.
	 */
	record DeleteAction(AttributePath path, AttributeValue value, boolean legacy) implements Action {
	}

	// Changes to one list apply in index order: writes from the lowest index up (so that
	// writes past the end append in index order), removals from the highest down (so
	// that each index means the element of the original list). Paths of one update never
	// overlap, so reordering changes nothing else.
	private static final Comparator<AttributePath> WRITE_ORDER = order(false);

	private static final Comparator<AttributePath> REMOVAL_ORDER = order(true);

	private static Comparator<AttributePath> order(boolean descendingIndices) {
		return (a, b) -> {
			for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
				Object x = a.element(i);
				Object y = b.element(i);
				if (x instanceof Integer ix && y instanceof Integer iy) {
					if (!ix.equals(iy)) {
						return descendingIndices ? iy.compareTo(ix) : ix.compareTo(iy);
					}
				}
				else if (x instanceof String sx && y instanceof String sy) {
					if (!sx.equals(sy)) {
						return sx.compareTo(sy);
					}
				}
				else {
					return (x instanceof String) ? -1 : 1;
				}
			}
			return Integer.compare(a.size(), b.size());
		};
	}

	private final List<Action> actions;

	private final List<AttributePath> paths;

	/** The indices of the actions in the order they apply. */
	private final int[] order;

	Update(List<Action> actions) {
		this.actions = List.copyOf(actions);
		List<AttributePath> paths = new ArrayList<>(actions.size());
		List<Integer> writes = new ArrayList<>();
		List<Integer> removals = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			paths.add(actions.get(i).path());
			((actions.get(i) instanceof RemoveAction) ? removals : writes).add(i);
		}
		writes.sort((a, b) -> WRITE_ORDER.compare(paths.get(a), paths.get(b)));
		removals.sort((a, b) -> REMOVAL_ORDER.compare(paths.get(a), paths.get(b)));
		this.paths = List.copyOf(paths);
		this.order = new int[actions.size()];
		int next = 0;
		for (int index : writes) {
			this.order[next++] = index;
		}
		for (int index : removals) {
			this.order[next++] = index;
		}
	}

	/** The paths the update sets, removes, adds to or deletes from, in order. */
	public List<AttributePath> paths() {
		return this.paths;
	}

	List<Action> actions() {
		return this.actions;
	}

	/**
	 * The type a top-level attribute is set to when it is known before evaluation (the
	 * type of a {@code :value}, of {@code list_append} or of arithmetic), for the
	 * callers' check of index key types; null when the update does not set it or the type
	 * depends on the item.
	 */
	public String staticType(String attribute) {
		for (Action action : this.actions) {
			if (action instanceof SetAction set && !set.path().isNested() && set.path().head().equals(attribute)) {
				return set.type();
			}
			if (action instanceof AddAction add && !add.path().isNested() && add.path().head().equals(attribute)) {
				return add.value().type();
			}
			if (action instanceof DeleteAction delete && !delete.path().isNested()
					&& delete.path().head().equals(attribute) && delete.value() != null) {
				return delete.value().type();
			}
		}
		return null;
	}

	/**
	 * The next version of an item.
	 * @param item the current item; an empty map when there is none (the caller puts the
	 * key into the result)
	 * @return a new item
	 * @throws DynamoException a {@code ValidationException} as DynamoDB's for paths that
	 * cannot be updated and operands of the wrong type
	 */
	public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
		return apply(item, Map.of());
	}

	/**
	 * The next version of an item, refusing a SET of a secondary index's key attribute to
	 * a value of another type.
	 * @param item the current item; an empty map when there is none
	 * @param indexKeyTypes the type (S, N or B) of each secondary index key attribute
	 * @return a new item
	 * @throws DynamoException a {@code ValidationException} as DynamoDB's, for the first
	 * action in the expression's order that cannot apply
	 */
	public Map<String, AttributeValue> apply(Map<String, AttributeValue> item, Map<String, String> indexKeyTypes) {
		// every SET value is computed from the item as it was before the update
		AttributeValue[] setValues = new AttributeValue[this.actions.size()];
		for (int i = 0; i < setValues.length; i++) {
			if (this.actions.get(i) instanceof SetAction set) {
				setValues[i] = set.value().evaluate(item);
			}
		}
		check(item, setValues, indexKeyTypes);
		Map<String, AttributeValue> result = new LinkedHashMap<>(item);
		for (int index : this.order) {
			Action action = this.actions.get(index);
			if (action instanceof SetAction set) {
				AttributeValue value = setValues[index];
				modify(result, set.path(), (existing) -> value);
			}
			else if (action instanceof AddAction add) {
				modify(result, add.path(), (existing) -> add(existing, add.value(), add.legacy()));
			}
			else if (action instanceof DeleteAction delete) {
				modify(result, delete.path(), (existing) -> delete(existing, delete.value(), delete.legacy()));
			}
			else {
				// REMOVE of a missing attribute is nothing, while a nested path needs its
				// parent, in a new item as in a stored one
				modify(result, action.path(), (existing) -> null);
			}
		}
		return result;
	}

	/**
	 * Refuses the first action, in the order the expression wrote them, whose path has no
	 * parent of the right kind, which sets an index key to another type, or whose operand
	 * does not match the value it adds to or deletes from. The actions apply in another
	 * order (see {@link #order}), whose first failure could be another action's.
	 */
	private void check(Map<String, AttributeValue> item, AttributeValue[] setValues,
			Map<String, String> indexKeyTypes) {
		for (int i = 0; i < this.actions.size(); i++) {
			Action action = this.actions.get(i);
			AttributePath path = action.path();
			AttributeValue existing = item.get(path.head());
			for (int depth = 1; depth < path.size(); depth++) {
				Object element = path.element(depth);
				if (element instanceof Integer index) {
					if (!(existing instanceof AttributeValue.L list)) {
						throw DynamoException.validation(INVALID_PATH);
					}
					existing = (index < list.values().size()) ? list.values().get(index) : null;
				}
				else {
					if (!(existing instanceof AttributeValue.M map)) {
						throw DynamoException.validation(INVALID_PATH);
					}
					existing = map.values().get(element);
				}
				if (existing == null && depth < path.size() - 1) {
					throw DynamoException.validation(INVALID_PATH);
				}
			}
			if (action instanceof SetAction && !path.isNested()) {
				String type = indexKeyTypes.get(path.head());
				if (type != null && !type.equals(setValues[i].type())) {
					throw DynamoException.validation(UNSUPPORTED_INDEX_TYPE);
				}
			}
			else if (existing != null && action instanceof AddAction add && !add.legacy()
					&& !existing.type().equals(add.value().type())) {
				throw DynamoException.validation(UpdateValue.WRONG_TYPE);
			}
			else if (existing != null && action instanceof DeleteAction delete && !delete.legacy()
					&& delete.value() != null && !existing.type().equals(delete.value().type())) {
				throw DynamoException.validation(UpdateValue.WRONG_TYPE);
			}
		}
	}

	private static AttributeValue add(AttributeValue existing, AttributeValue operand, boolean legacy) {
		if (existing == null) {
			return operand;
		}
		if (!existing.type().equals(operand.type())) {
			throw DynamoException.validation(legacy ? LEGACY_MISMATCH : UpdateValue.WRONG_TYPE);
		}
		if (existing instanceof AttributeValue.N n) {
			return new AttributeValue.N(Numbers.check(n.value().add(((AttributeValue.N) operand).value())));
		}
		if (existing instanceof AttributeValue.L list) {
			List<AttributeValue> values = new ArrayList<>(list.values());
			values.addAll(((AttributeValue.L) operand).values());
			return new AttributeValue.L(values);
		}
		if (existing instanceof AttributeValue.SS ss) {
			Set<String> values = new LinkedHashSet<>(ss.values());
			values.addAll(((AttributeValue.SS) operand).values());
			return new AttributeValue.SS(values);
		}
		if (existing instanceof AttributeValue.NS ns) {
			Set<AttributeValue.N> values = new LinkedHashSet<>(ns.values());
			values.addAll(((AttributeValue.NS) operand).values());
			return new AttributeValue.NS(values);
		}
		if (existing instanceof AttributeValue.BS bs) {
			Set<AttributeValue.B> values = new LinkedHashSet<>(bs.values());
			values.addAll(((AttributeValue.BS) operand).values());
			return new AttributeValue.BS(values);
		}
		throw DynamoException.validation(legacy ? LEGACY_MISMATCH : UpdateValue.WRONG_TYPE);
	}

	private static AttributeValue delete(AttributeValue existing, AttributeValue operand, boolean legacy) {
		if (existing == null || operand == null) {
			return null;
		}
		if (!existing.type().equals(operand.type())) {
			throw DynamoException.validation(legacy ? LEGACY_MISMATCH : UpdateValue.WRONG_TYPE);
		}
		if (existing instanceof AttributeValue.SS ss) {
			Set<String> values = new LinkedHashSet<>(ss.values());
			values.removeAll(((AttributeValue.SS) operand).values());
			return values.isEmpty() ? null : new AttributeValue.SS(values);
		}
		if (existing instanceof AttributeValue.NS ns) {
			Set<AttributeValue.N> values = new LinkedHashSet<>(ns.values());
			values.removeAll(((AttributeValue.NS) operand).values());
			return values.isEmpty() ? null : new AttributeValue.NS(values);
		}
		if (existing instanceof AttributeValue.BS bs) {
			Set<AttributeValue.B> values = new LinkedHashSet<>(bs.values());
			values.removeAll(((AttributeValue.BS) operand).values());
			return values.isEmpty() ? null : new AttributeValue.BS(values);
		}
		throw DynamoException.validation(legacy ? LEGACY_MISMATCH : UpdateValue.WRONG_TYPE);
	}

	/**
	 * Replaces the value at a path by {@code change(existing)}, null removing it; the
	 * containers on the way are copied, never changed.
	 */
	private static void modify(Map<String, AttributeValue> item, AttributePath path,
			UnaryOperator<AttributeValue> change) {
		if (!path.isNested()) {
			AttributeValue value = change.apply(item.get(path.head()));
			if (value != null) {
				item.put(path.head(), value);
			}
			else {
				item.remove(path.head());
			}
			return;
		}
		AttributeValue top = item.get(path.head());
		if (top == null) {
			throw DynamoException.validation(INVALID_PATH);
		}
		item.put(path.head(), modify(top, path, 1, change));
	}

	private static AttributeValue modify(AttributeValue container, AttributePath path, int depth,
			UnaryOperator<AttributeValue> change) {
		Object element = path.element(depth);
		boolean last = depth == path.size() - 1;
		if (element instanceof Integer index) {
			if (!(container instanceof AttributeValue.L list)) {
				throw DynamoException.validation(INVALID_PATH);
			}
			List<AttributeValue> values = new ArrayList<>(list.values());
			boolean present = index < values.size();
			if (!last) {
				if (!present) {
					throw DynamoException.validation(INVALID_PATH);
				}
				values.set(index, modify(values.get(index), path, depth + 1, change));
				return new AttributeValue.L(values);
			}
			AttributeValue value = change.apply(present ? values.get(index) : null);
			if (value == null) {
				if (present) {
					values.remove((int) index);
				}
			}
			else if (present) {
				values.set(index, value);
			}
			else {
				values.add(value);
			}
			return new AttributeValue.L(values);
		}
		if (!(container instanceof AttributeValue.M map)) {
			throw DynamoException.validation(INVALID_PATH);
		}
		String name = (String) element;
		Map<String, AttributeValue> values = new LinkedHashMap<>(map.values());
		if (!last) {
			AttributeValue child = values.get(name);
			if (child == null) {
				throw DynamoException.validation(INVALID_PATH);
			}
			values.put(name, modify(child, path, depth + 1, change));
			return new AttributeValue.M(values);
		}
		AttributeValue value = change.apply(values.get(name));
		if (value != null) {
			values.put(name, value);
		}
		else {
			values.remove(name);
		}
		return new AttributeValue.M(values);
	}

}
