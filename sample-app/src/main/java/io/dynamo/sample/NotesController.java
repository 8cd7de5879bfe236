/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import java.util.List;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.repository.DynamoPageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST endpoints over the {@code notes} table through {@link NoteRepository}: write a
 * note, read one, change its text, list, page, search and count an author's notes.
 *
 * @author dynamo-spring-boot authors
 */
@RestController
@RequestMapping("/notes/{author}")
class NotesController {

	private final NoteRepository notes;

	private final DynamoOperations dynamo;

	NotesController(NoteRepository notes, DynamoOperations dynamo) {
		this.notes = notes;
		this.dynamo = dynamo;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Note create(@PathVariable String author, @RequestBody String text) {
		// versioned and new: written only if no item has the key
		return this.notes.save(new Note(author, null, text, null, null));
	}

	@GetMapping("/{id}")
	ResponseEntity<Note> get(@PathVariable String author, @PathVariable String id) {
		return ResponseEntity.of(this.notes.findById(DynamoKey.of(author, id)));
	}

	@PutMapping("/{id}")
	Note edit(@PathVariable String author, @PathVariable String id, @RequestBody String text) {
		// an update by key, without reading the note first
		return this.dynamo.update(Note.class, author, id, Update.update().set("text", text)).entity().orElseThrow();
	}

	@GetMapping
	List<Note> list(@PathVariable String author) {
		return this.notes.findByAuthorOrderByIdDesc(author);
	}

	@GetMapping("/page")
	DynamoPage<Note> page(@PathVariable String author, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String token) {
		return this.notes.findByAuthor(author, DynamoPageRequest.of(size, token));
	}

	@GetMapping("/search")
	List<Note> search(@PathVariable String author, @RequestParam String word) {
		return this.notes.findByAuthorAndTextContaining(author, word);
	}

	@GetMapping("/count")
	long count(@PathVariable String author) {
		return this.notes.countByAuthor(author);
	}

}
