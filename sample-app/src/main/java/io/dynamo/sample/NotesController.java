/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import java.util.List;
import java.util.UUID;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST endpoints over the {@code notes} table: write a note, read one, list an author's.
 *
 * @author dynamo-spring-boot authors
 */
@RestController
@RequestMapping("/notes/{author}")
class NotesController {

	static final TableSchema<Note> SCHEMA = TableSchema.fromBean(Note.class);

	private final DynamoDbTable<Note> notes;

	NotesController(DynamoDbEnhancedClient enhancedClient, NotesProperties properties) {
		this.notes = enhancedClient.table(properties.table(), SCHEMA);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Note create(@PathVariable String author, @RequestBody String text) {
		Note note = new Note();
		note.setAuthor(author);
		note.setId(UUID.randomUUID().toString());
		note.setText(text);
		this.notes.putItem(note);
		return note;
	}

	@GetMapping("/{id}")
	ResponseEntity<Note> get(@PathVariable String author, @PathVariable String id) {
		Note note = this.notes.getItem(Key.builder().partitionValue(author).sortValue(id).build());
		return (note != null) ? ResponseEntity.ok(note) : ResponseEntity.notFound().build();
	}

	@GetMapping
	List<Note> list(@PathVariable String author) {
		return this.notes.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(author).build()))
			.items()
			.stream()
			.toList();
	}

}
