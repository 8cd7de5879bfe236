/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.util.Assert;

/**
 * An update expression, applied by key without reading the item first:
 *
 * <pre class="code">
 * Update u = Update.update()
 *     .set("status", "SHIPPED")
 *     .setIfNotExists("createdAt", now)
 *     .add("version", 1)
 *     .remove("draft")
 *     .appendToList("events", List.of(event))
 *     .addToSet("tags", Set.of("gift"));
 * </pre>
 *
 * Counters ({@link #add(String, Number)}, {@link #subtract(String, Number)}) are atomic
 * and work on nested paths; an absent counter starts at zero. Set additions and deletions
 * use DynamoDB's {@code ADD}/{@code DELETE}, which apply to top-level attributes only.
 * Instances are mutable builders; build one per request.
 *
 * @author dynamo-spring-boot authors
 */
public final class Update {

	private final List<Action> actions = new ArrayList<>();

	private Update() {
	}

	/**
	 * Start an update.
	 * @return an empty update
	 */
	public static Update update() {
		return new Update();
	}

	/**
	 * Set the attribute to the value.
	 * @param path the path
	 * @param value the value
	 * @return this update
	 */
	public Update set(String path, @Nullable Object value) {
		return add(new Action(Kind.SET, AttributePath.parse(path), value));
	}

	/**
	 * Set the attribute to the value only if it does not exist yet.
	 * @param path the path
	 * @param value the value
	 * @return this update
	 */
	public Update setIfNotExists(String path, Object value) {
		return add(new Action(Kind.SET_IF_NOT_EXISTS, AttributePath.parse(path), value));
	}

	/**
	 * Add to a number atomically (an absent attribute counts as zero).
	 * @param path the path
	 * @param delta the amount to add
	 * @return this update
	 */
	public Update add(String path, Number delta) {
		return add(new Action(Kind.INCREMENT, AttributePath.parse(path), delta));
	}

	/**
	 * Subtract from a number atomically (an absent attribute counts as zero).
	 * @param path the path
	 * @param delta the amount to subtract
	 * @return this update
	 */
	public Update subtract(String path, Number delta) {
		return add(new Action(Kind.DECREMENT, AttributePath.parse(path), delta));
	}

	/**
	 * Remove the attribute, or the list element at the path.
	 * @param path the path
	 * @return this update
	 */
	public Update remove(String path) {
		return add(new Action(Kind.REMOVE, AttributePath.parse(path), null));
	}

	/**
	 * Append elements to the end of a list (an absent list counts as empty).
	 * @param path the path
	 * @param elements the elements
	 * @return this update
	 */
	public Update appendToList(String path, Collection<?> elements) {
		return add(new Action(Kind.APPEND, AttributePath.parse(path), List.copyOf(elements)));
	}

	/**
	 * Insert elements at the start of a list (an absent list counts as empty).
	 * @param path the path
	 * @param elements the elements
	 * @return this update
	 */
	public Update prependToList(String path, Collection<?> elements) {
		return add(new Action(Kind.PREPEND, AttributePath.parse(path), List.copyOf(elements)));
	}

	/**
	 * Add elements to a string, number or binary set (top-level attributes only).
	 * @param path the attribute
	 * @param elements the elements, not empty
	 * @return this update
	 */
	public Update addToSet(String path, Set<?> elements) {
		return add(new Action(Kind.ADD_TO_SET, topLevel(path, "addToSet"), elements));
	}

	/**
	 * Delete elements from a string, number or binary set (top-level attributes only).
	 * @param path the attribute
	 * @param elements the elements, not empty
	 * @return this update
	 */
	public Update deleteFromSet(String path, Set<?> elements) {
		return add(new Action(Kind.DELETE_FROM_SET, topLevel(path, "deleteFromSet"), elements));
	}

	private static AttributePath topLevel(String path, String operation) {
		AttributePath parsed = AttributePath.parse(path);
		Assert.isTrue(parsed.isTopLevel(), () -> operation + " applies to top-level attributes only (DynamoDB's "
				+ "ADD/DELETE), not to '" + path + "'");
		return parsed;
	}

	private Update add(Action action) {
		this.actions.add(action);
		return this;
	}

	/**
	 * Return a copy of this update, to add actions to without changing this one.
	 * @return a new update with the same actions
	 */
	public Update copy() {
		Update copy = new Update();
		copy.actions.addAll(this.actions);
		return copy;
	}

	/**
	 * Whether this update has an action on the given top-level attribute.
	 * @param attribute the attribute name
	 * @return {@code true} if an action touches it
	 */
	public boolean touches(String attribute) {
		return this.actions.stream().anyMatch((action) -> action.path().topLevelName().equals(attribute));
	}

	/**
	 * Whether this update has no action.
	 * @return {@code true} when empty
	 */
	public boolean isEmpty() {
		return this.actions.isEmpty();
	}

	/**
	 * Return the top-level attributes this update touches.
	 * @return the paths
	 */
	public List<AttributePath> paths() {
		return this.actions.stream().map(Action::path).toList();
	}

	/**
	 * Render this update, adding its names and values to the context.
	 * @param context the request's expression context
	 * @return the update expression
	 */
	public String render(ExpressionContext context) {
		Assert.state(!this.actions.isEmpty(), "An update needs at least one action");
		checkNoOverlap();
		List<String> set = new ArrayList<>();
		List<String> remove = new ArrayList<>();
		List<String> addClauses = new ArrayList<>();
		List<String> delete = new ArrayList<>();
		for (Action action : this.actions) {
			String path = context.path(action.path());
			switch (action.kind()) {
				case SET -> set.add(path + " = " + context.value(action.path(), action.value()));
				case SET_IF_NOT_EXISTS -> set
					.add(path + " = if_not_exists(" + path + ", " + context.value(action.path(), action.value()) + ")");
				case INCREMENT, DECREMENT ->
					set.add(path + " = if_not_exists(" + path + ", " + context.rawValue(AttributeValue.fromN("0"))
							+ ") " + ((action.kind() == Kind.INCREMENT) ? "+" : "-") + " "
							+ context.rawValue(AttributeValue.fromN(action.value().toString())));
				case APPEND -> set.add(path + " = list_append(if_not_exists(" + path + ", "
						+ context.rawValue(AttributeValue.fromL(List.of())) + "), "
						+ context.value(action.path(), action.value()) + ")");
				case PREPEND -> set.add(path + " = list_append(" + context.value(action.path(), action.value())
						+ ", if_not_exists(" + path + ", " + context.rawValue(AttributeValue.fromL(List.of())) + "))");
				case REMOVE -> remove.add(path);
				case ADD_TO_SET -> addClauses.add(path + " " + context.value(action.path(), action.value()));
				case DELETE_FROM_SET -> delete.add(path + " " + context.value(action.path(), action.value()));
			}
		}
		StringBuilder out = new StringBuilder();
		clause(out, "SET", set);
		clause(out, "REMOVE", remove);
		clause(out, "ADD", addClauses);
		clause(out, "DELETE", delete);
		return out.toString();
	}

	private void checkNoOverlap() {
		for (int i = 0; i < this.actions.size(); i++) {
			String first = this.actions.get(i).path().toString();
			for (int j = i + 1; j < this.actions.size(); j++) {
				String second = this.actions.get(j).path().toString();
				if (overlaps(first, second) || overlaps(second, first)) {
					throw new IllegalArgumentException("Two actions of one update touch '" + first + "' and '" + second
							+ "': DynamoDB rejects overlapping paths in one update expression; split it into two updates");
				}
			}
		}
	}

	private static boolean overlaps(String path, String other) {
		return path.equals(other) || other.startsWith(path + ".") || other.startsWith(path + "[");
	}

	private static void clause(StringBuilder out, String keyword, List<String> parts) {
		if (!parts.isEmpty()) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(keyword).append(' ').append(String.join(", ", parts));
		}
	}

	private enum Kind {

		SET, SET_IF_NOT_EXISTS, INCREMENT, DECREMENT, REMOVE, APPEND, PREPEND, ADD_TO_SET, DELETE_FROM_SET

	}

	private record Action(Kind kind, AttributePath path, @Nullable Object value) {

	}

}
