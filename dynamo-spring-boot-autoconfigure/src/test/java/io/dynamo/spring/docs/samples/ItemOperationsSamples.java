/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.dynamo.spring.core.DynamoDuplicateKeyException;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.ReadOptions;
import io.dynamo.spring.core.UpdateOptions;
import io.dynamo.spring.core.UpdateResult;
import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.expression.Update;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import static io.dynamo.spring.expression.Condition.where;

/**
 * The samples of {@code docs/operations.md}, run by {@code SamplesTests}.
 *
 * @author dynamo-spring-boot authors
 */
final class ItemOperationsSamples {

	private ItemOperationsSamples() {
	}

	static Optional<Customer> readAndWrite(DynamoOperations template, Customer customer) {
		// tag::read-write[]
		// by partition and sort key
		Optional<Order> order = template.findById(Order.class, "alice", "o-1");
		// no sort key; a consistent read of two attributes (key attributes are always
		// read)
		Optional<Customer> light = template.findById(Customer.class, "c-1", null,
				ReadOptions.consistent().withProjection(Projection.of("name", "address.city")));

		// a put; the version is checked (none stored for a new entity) and incremented
		Order saved = template.save(new Order("alice", "o-2", "OPEN", new BigDecimal("12.50")));
		// a put only if the condition holds
		template.save(customer, where("name").eq("old name"));
		// checks the version of a versioned entity
		template.delete(saved);
		// the deleted item, or empty when the key held none
		Optional<Customer> deleted = template.deleteById(Customer.class, "c-1", null, where("age").ge(18));
		// end::read-write[]
		return deleted;
	}

	static Optional<Customer> insertOnce(DynamoOperations template, Customer customer) {
		// tag::insert[]
		try {
			// only if no item has the key
			template.insert(customer);
			return Optional.empty();
		}
		catch (DynamoDuplicateKeyException ex) {
			// the item stored under the key, as DynamoDB returned it: typed, no cast
			return ex.getExistingItem().entity(Customer.class);
		}
		// end::insert[]
	}

	static Note update(DynamoOperations template) {
		// tag::update[]
		UpdateResult<Note> result = template.update(Note.class, "n-1", null,
				Update.update()
					.set("text", "hello")
					.setIfNotExists("views", 0)
					// an atomic counter in an existing map; an absent counter counts as 0
					.add("stats.likes", 1)
					.subtract("stock", 2)
					.remove("draft")
					.appendToList("events", List.of("edited"))
					.prependToList("history", List.of("v2"))
					// ADD and DELETE of set elements: top-level attributes only
					.addToSet("tags", Set.of("gift"))
					.deleteFromSet("labels", Set.of("old")));
		// ALL_NEW by default: the whole item after the update
		Note after = result.entity().orElseThrow();
		// end::update[]
		return after;
	}

	static String updateReturningOld(DynamoOperations template) {
		// tag::update-old[]
		UpdateResult<Note> result = template.update(Note.class, "n-1", null, Update.update().set("text", "bye"),
				UpdateOptions.when(where("text").exists()).returning(ReturnValue.UPDATED_OLD));
		// only the updated attributes, as they were before the update
		Map<String, AttributeValue> old = result.attributes();
		String previousText = old.get("text").s();
		// result.entity() maps those attributes alone: a Note whose other fields,
		// keys included, are null
		// end::update-old[]
		return previousText;
	}

}
