/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.quickstart;

import java.util.List;
import java.util.stream.Stream;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.QuerySpec;
import io.dynamo.spring.expression.Update;

import org.springframework.stereotype.Service;

@Service
public class NoteService {

	private final DynamoOperations dynamo;

	public NoteService(DynamoOperations dynamo) {
		this.dynamo = dynamo;
	}

	public Note add(String author, String text) {
		// the id is generated (a ULID) and the version starts at 1
		return this.dynamo.save(new Note(author, null, text, null));
	}

	public Note edit(Note note, String text) {
		// an update by key, without a read; the result holds the whole item after it
		return this.dynamo.update(Note.class, note.author(), note.id(), Update.update().set("text", text))
			.entity()
			.orElseThrow();
	}

	public List<Note> notesOf(String author) {
		try (Stream<Note> notes = this.dynamo.query(QuerySpec.of(Note.class, author))) {
			return notes.toList();
		}
	}

}
