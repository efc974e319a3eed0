package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// writeLegacyIndexes writes the index buckets that derived version 6 and
// older kept per commitment (see legacyBuckets), from the commitment
// records, as those versions did on write.
func writeLegacyIndexes(tx *bolt.Tx) error {
	for _, name := range legacyBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return tx.Bucket(bCommitments).ForEach(func(k, v []byte) error {
		var r commitRec
		if err := decode(v, &r); err != nil {
			return err
		}
		c := r.effective()
		id := c.ID
		for _, e := range []struct {
			bucket []byte
			key    []byte
		}{
			{bDate, sortKey(r.Date, id)},
			{bActor, idxKey(c.Actor, r.Date, id)},
			{bKind, idxKey(string(c.Kind), r.Date, id)},
			{bStatus, idxKey(string(c.Status), r.Date, id)},
			{bReview, idxKey(reviewValue(c.Review), r.Date, id)},
			{bSource, idxKey(r.Source, r.Date, id)},
			{bCurrency, idxKey(c.Currency, r.Date, id)},
		} {
			if err := tx.Bucket(e.bucket).Put(e.key, nil); err != nil {
				return fmt.Errorf("legacy index %s: %w", e.bucket, err)
			}
		}
		return nil
	})
}

// writeV6WordIndex replaces the word index with the one of derived
// version 6: text words only, in chunks.
func writeV6WordIndex(tx *bolt.Tx) error {
	we := wordEntries{}
	if err := tx.Bucket(bCommitments).ForEach(func(k, v []byte) error {
		var r commitRec
		err := decode(v, &r)
		we.addWords(&r)
		return err
	}); err != nil {
		return err
	}
	if err := tx.DeleteBucket(bWord); err != nil {
		return err
	}
	if _, err := tx.CreateBucket(bWord); err != nil {
		return err
	}
	w := newTxWriter(tx)
	w.writeWords(nil, we)
	return w.flushWords()
}

var _ = news.ReviewNone
