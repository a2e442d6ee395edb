/**
 * Corpus input and output: the {@link org.stancekit.corpus.Article} record and streaming readers for JSONL
 * (plain or gzip), CSV, folders of .txt/.html files and the VNTC release layout, chosen through
 * {@link org.stancekit.corpus.Inputs#open}. Readers push good records to one consumer and bad ones, as
 * {@link org.stancekit.corpus.ReadError}s naming file, line and problem, to another, so nothing is dropped silently.
 */
package org.stancekit.corpus;
