package store

import (
	"bytes"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// derivedVersion is the version of the structures kept on write (ledger,
// totals, word index). The meta bucket records the version a file holds;
// Open rebuilds them when it differs. Version 7 serves the equality
// filters from the word index (fieldindex.go); the rebuild deletes the
// index buckets of the older versions (legacyBuckets). Version 8 adds
// the word log (wordlog.go): a file of version 7 is one with an empty
// log, so Open only empties its log bucket (upgradeLog), and a read-only
// Open reads it without the log.
const derivedVersion = 8

// logVersion is the derived version before the word log.
const logVersion = 7

var keyDerived = []byte("derived")

// derivedBuckets are the buckets rebuildDerived recreates from the
// commitments.
var derivedBuckets = [][]byte{bLedgerMembers, bLedger, bLedgerIdx, bLedgerGroups, bTotals, bWord, bWordLog}

// rebuildChunk bounds the records one transaction of a rebuild writes, so
// that a rebuild of a large store does not hold it all in memory.
const rebuildChunk = 20000

// upgrade builds the derived structures of a file that lacks them, or
// notes (read-only) that queries must compute without them.
func (s *Store) upgrade(log *slog.Logger) error {
	var have int
	if err := s.db.View(func(tx *bolt.Tx) error {
		have, _ = strconv.Atoi(string(tx.Bucket(bMeta).Get(keyDerived)))
		return nil
	}); err != nil {
		return fmt.Errorf("store: open %s: %w", s.path, err)
	}
	if have == derivedVersion || (have == logVersion && s.readOnly) {
		s.derived.Store(true)
		return nil
	}
	if have == logVersion {
		if err := s.db.Update(upgradeLog); err != nil {
			return fmt.Errorf("store: open %s: upgrade: %w", s.path, err)
		}
		s.derived.Store(true)
		return nil
	}
	if s.readOnly {
		s.derived.Store(false)
		return nil
	}
	start := time.Now()
	if log != nil {
		log.Info("store: upgrading database: building the ledger, totals and word index once (about a minute per million commitments; do not interrupt, or it starts over)", "path", s.path)
	}
	n, err := s.rebuildDerived()
	if err != nil {
		return fmt.Errorf("store: open %s: upgrade: %w", s.path, err)
	}
	if log != nil {
		log.Info("store: upgrade done", "path", s.path, "commitments", n, "took", time.Since(start).Round(time.Millisecond))
	}
	s.derived.Store(true)
	return nil
}

// upgradeLog brings a file of derived version 7 to version 8: an empty
// word log (emptied, since a version 7 build does not keep one a later
// version left).
func upgradeLog(tx *bolt.Tx) error {
	if tx.Bucket(bWordLog) != nil {
		if err := tx.DeleteBucket(bWordLog); err != nil {
			return err
		}
	}
	if _, err := tx.CreateBucket(bWordLog); err != nil {
		return err
	}
	return tx.Bucket(bMeta).Put(keyDerived, []byte(strconv.Itoa(derivedVersion)))
}

// rebuildDerived recreates the derived buckets from the commitments, in
// transactions of rebuildChunk records, and records derivedVersion in the
// last one. Interrupted, it leaves the version unrecorded, so the next
// Open starts over. It returns the number of commitments read.
func (s *Store) rebuildDerived() (int, error) {
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bMeta).Delete(keyDerived); err != nil {
			return err
		}
		for _, name := range legacyBuckets {
			if tx.Bucket(name) != nil {
				if err := tx.DeleteBucket(name); err != nil {
					return fmt.Errorf("delete bucket %s: %w", name, err)
				}
			}
		}
		for _, name := range derivedBuckets {
			if tx.Bucket(name) != nil {
				if err := tx.DeleteBucket(name); err != nil {
					return fmt.Errorf("delete bucket %s: %w", name, err)
				}
			}
			if _, err := tx.CreateBucket(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	// Index keys of every commitment.
	n := 0
	var after []byte
	for done := false; !done; {
		err := s.db.Update(func(tx *bolt.Tx) error {
			var untitled []string
			c := tx.Bucket(bCommitments).Cursor()
			k, v := c.First()
			if after != nil {
				k, v = c.Seek(after)
				if k != nil && bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			for i := 0; i < rebuildChunk; i++ {
				if i > 0 {
					k, v = c.Next()
				}
				if k == nil {
					done = true
					break
				}
				var r commitRec
				if err := decode(v, &r); err != nil {
					return fmt.Errorf("commitment %s: %w", k, err)
				}
				if r.Title == "" {
					untitled = append(untitled, string(k))
				}
				eff := r.effective()
				if mk, mv, err := member(&r, &eff); err != nil {
					return err
				} else if mk != nil {
					if err := tx.Bucket(bLedgerMembers).Put(mk, mv); err != nil {
						return err
					}
				}
				n++
				after = append(after[:0], k...)
			}
			return addTitles(tx, untitled)
		})
		if err != nil {
			return n, err
		}
	}
	// The word index, article by article.
	var art []byte
	for first := true; first || art != nil; first = false {
		err := s.db.Update(func(tx *bolt.Tx) error {
			var err error
			art, err = rebuildWords(tx, art)
			return err
		})
		if err != nil {
			return n, err
		}
	}
	// Ledger entries and totals, group by group.
	var gid []byte
	for done := false; !done; {
		err := s.db.Update(func(tx *bolt.Tx) error {
			c := tx.Bucket(bLedgerMembers).Cursor()
			td := totalsDelta{}
			for i := 0; i < rebuildChunk; i++ {
				var k []byte
				if gid == nil {
					k, _ = c.First()
				} else if next := nextPrefix(gid); next != nil {
					k, _ = c.Seek(next)
				}
				if k == nil {
					done = true
					break
				}
				if len(k) < groupIDLen {
					return fmt.Errorf("corrupt ledger member key %x", k)
				}
				gid = append(gid[:0], k[:groupIDLen]...)
				if err := recomputeGroups(tx, [][]byte{gid}, []span{{full: true}}, td); err != nil {
					return err
				}
			}
			if err := td.write(tx); err != nil {
				return err
			}
			if done {
				return tx.Bucket(bMeta).Put(keyDerived, []byte(strconv.Itoa(derivedVersion)))
			}
			return nil
		})
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// nextPrefix returns the smallest key greater than every key starting with
// p, or nil when there is none (p is all 0xff).
func nextPrefix(p []byte) []byte {
	q := append([]byte(nil), p...)
	for i := len(q) - 1; i >= 0; i-- {
		if q[i] != 0xff {
			q[i]++
			return q[:i+1]
		}
	}
	return nil
}

// addTitles fills in the article title of records written before records
// held it. It runs after the cursor over the
// commitments is done, since writes would invalidate it.
func addTitles(tx *bolt.Tx, ids []string) error {
	for _, id := range ids {
		var r commitRec
		if ok, err := getRec(tx.Bucket(bCommitments), id, &r); err != nil || !ok {
			return err
		}
		var a articleRec
		ok, err := getRec(tx.Bucket(bArticles), r.Machine.ArticleID, &a)
		if err != nil || !ok || a.Article.Title == "" {
			if err != nil {
				return fmt.Errorf("article %s: %w", r.Machine.ArticleID, err)
			}
			continue
		}
		r.Title = a.Article.Title
		if _, err := putRec(tx.Bucket(bCommitments), id, &r); err != nil {
			return err
		}
	}
	return nil
}
