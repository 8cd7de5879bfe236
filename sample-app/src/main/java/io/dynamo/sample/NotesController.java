/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import java.util.List;
import java.util.Map;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.expression.Update;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST endpoints over the {@code notes} table: write a note, read one, change its text,
 * list an author's notes.
 *
 * @author dynamo-spring-boot authors
 */
@RestController
@RequestMapping("/notes/{author}")
class NotesController {

	private final DynamoOperations dynamo;

	NotesController(DynamoOperations dynamo) {
		this.dynamo = dynamo;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Note create(@PathVariable String author, @RequestBody String text) {
		return this.dynamo.insert(new Note(author, null, text, null, null));
	}

	@GetMapping("/{id}")
	ResponseEntity<Note> get(@PathVariable String author, @PathVariable String id) {
		return ResponseEntity.of(this.dynamo.findById(Note.class, author, id));
	}

	@PutMapping("/{id}")
	Note edit(@PathVariable String author, @PathVariable String id, @RequestBody String text) {
		return this.dynamo.update(Note.class, author, id, Update.update().set("text", text)).entity().orElseThrow();
	}

	@GetMapping
	List<Note> list(@PathVariable String author) {
		// a key query on the table; the repository layer will offer this as a derived
		// query
		String table = this.dynamo.getMappingContext().getEntity(Note.class).tableName();
		return this.dynamo.getClient()
			.query((query) -> query.tableName(table)
				.keyConditionExpression("author = :author")
				.expressionAttributeValues(Map.of(":author", AttributeValue.fromS(author))))
			.items()
			.stream()
			.map(this.dynamo.getMappingContext().getEntity(Note.class)::fromItem)
			.toList();
	}

}
