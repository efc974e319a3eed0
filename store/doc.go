// Package store is the bbolt database of pledgewatch: articles, their
// commitments, secondary indexes, the review queue, the append-only audit
// log of review actions, ingestion runs, and the queries over them (filtered
// lists, ledger, totals).
//
// It never imports NATS, the crawler or the extractor: the pipeline's single
// store writer calls SaveExtraction, and the HTTP API and the CLI call the
// query and review methods.
//
// # Basics
//
// Open a file with Open (a new file gets 16 KiB pages, see pageSize);
// one process at a time may hold it read-write
// (Options.Timeout bounds the wait for bbolt's file lock, then Open fails
// with ErrLocked). Several read-only Stores (Options.ReadOnly) may share a
// file while no writer holds it.
//
// SaveExtraction writes an article and its commitments in one transaction
// (SaveExtractions a batch of them, with one fsync), idempotently: ids are stable (news.ArticleID, news.CommitmentID), so
// redelivered messages change nothing. A re-extraction replaces the machine
// commitments of the article; human decisions (Accept, Reject, Correct) are
// keyed by commitment id and survive it.
//
// Commitments(q) lists commitments by country, kind, status, review state,
// source, currency, date range, amount range and words of the evidence or
// article title, newest first, with cursor pagination. The words and the
// values of the equality filters are served by one index (the word index,
// words.go and fieldindex.go): per word or value, one posting per article
// that has it, with a bitmap of the article's commitments that do; each
// filter walks the sort suffixes "date id" of its commitments, and the
// filters of a query are joined by seeking, so a query reads only
// matching postings. A write thus adds a few postings per article rather
// than an index key per commitment and filter. Results carry
// effective values: a human correction overrides the machine value in
// queries, the ledger, totals and exports. Rejected commitments leave default
// queries (Query.Review selects them), the ledger and totals.
//
// Ledger groups reports of the same commitment (same actor, kind, value and
// status, within a time window) from several articles into one entry with
// all its sources, a page at a time; Totals sums troops by country and
// money by country and currency over the ledger, so syndicated reports are counted once, and
// converts money to EUR with a dated RateTable (the embedded rates.csv, or
// Options.Rates). Original amounts and currencies are always kept.
//
// The default ledger (default window, rejected left out) and aggregate
// totals over it are kept on write, in the transaction that stores or
// reviews a commitment (ledgerkeep.go), so its pages and totals read a few
// records; so is the word index (words.go, wordchunk.go). A batch
// (SaveExtractions) gathers their changes and writes each touched ledger
// group and totals record once; its word index postings are appended to
// a bounded log that queries read over the chunks, and every few writes
// one write folds the log into the chunks, each touched chunk once
// (wordlog.go). CheckDerived recomputes
// them from the commitments and compares, RebuildDerived rebuilds them,
// and a read-write Open builds them for a file written before they
// existed or in an older layout (a read-only Open computes the ledger
// and totals instead, and refuses text queries until then).
//
// ReviewQueue lists pending commitments (confidence below
// Options.ReviewThreshold) lowest confidence first. Accept, Reject and
// Correct each append an AuditEntry (who, when, before, after).
//
// # Caveats
//
// Every method runs in a single bbolt transaction and copies values out
// before returning; a crash mid-write loses at most that transaction and
// never corrupts the file. Writes are serialized: a long write blocks other
// writers, never readers.
//
// Values are versioned JSON (a "v" field), except the ledger's members
// and entries, which are compact binary (ledgercodec.go), and the meta
// bucket holds the schema version; Open refuses a file of another version (ErrSchema) or a
// file that is not a pledgewatch database (ErrNotDatabase).
//
// A damaged file (truncated, meta pages that fail their checksums, pages
// bbolt cannot decode) gives errors wrapping ErrDamaged, from Open when it
// shows in the file's size or meta pages and from any later method that
// reads a bad page: the memory fault (SIGBUS) of a read past the end of
// the mapped file, and bbolt's panics on bad pages, are recovered inside
// the transaction. Check runs bbolt's full consistency check.
//
// Only one process may write: a CLI command that must work while
// "pledgewatch run" holds the file has to go through that process (its HTTP
// API), or open the file read-only while no writer holds it.
//
// Invalid query parameters return errors wrapping ErrInvalid whose message
// names the parameter, suitable for a 400 response.
package store
