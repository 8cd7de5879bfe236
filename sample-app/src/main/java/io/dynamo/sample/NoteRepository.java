/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import java.util.List;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.repository.DynamoPageRequest;
import io.dynamo.spring.repository.DynamoRepository;

/**
 * The notes, by author: every method is a key query on the {@code notes} table, checked
 * when the application starts.
 *
 * @author dynamo-spring-boot authors
 */
public interface NoteRepository extends DynamoRepository<Note, DynamoKey> {

	/**
	 * An author's notes, newest first (ids are ULIDs, so they sort by time).
	 * @param author the author
	 * @return the notes
	 */
	List<Note> findByAuthorOrderByIdDesc(String author);

	/**
	 * One page of an author's notes, oldest first, with the token of the next page.
	 * @param author the author
	 * @param page the page size and the previous page's token
	 * @return the page
	 */
	DynamoPage<Note> findByAuthor(String author, DynamoPageRequest page);

	/**
	 * An author's notes whose text contains a word (a filter on the author's partition).
	 * @param author the author
	 * @param word the word
	 * @return the notes
	 */
	List<Note> findByAuthorAndTextContaining(String author, String word);

	/**
	 * Count an author's notes.
	 * @param author the author
	 * @return the number of notes
	 */
	long countByAuthor(String author);

}
