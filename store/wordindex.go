package store

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// wordEntries maps word index keys to the commitment ids they list.
type wordEntries map[string][]string

// add adds the entries of commitment record r: one per distinct word of
// its evidence and its article's title, keyed by its article and date.
func (we wordEntries) add(r *commitRec) {
	for _, w := range words(r.Machine.Evidence, r.Title) {
		k := string(idxKey(w, r.Date, r.Machine.ArticleID))
		if ids := we[k]; !slices.Contains(ids, r.Machine.ID) {
			we[k] = append(ids, r.Machine.ID)
		}
	}
}

// value is the stored value of the entry k: its ids sorted, joined.
func (we wordEntries) value(k string) []byte {
	ids := slices.Clone(we[k])
	slices.Sort(ids)
	ks := make([][]byte, len(ids))
	for i, id := range ids {
		ks[i] = []byte(id)
	}
	return joinKeys(ks)
}

// writeWords brings the word index from the entries old to cur (the
// entries of one article's commitments before and after a write) and
// reports whether it changed.
func writeWords(tx *bolt.Tx, old, cur wordEntries) (bool, error) {
	b := tx.Bucket(bWord)
	changed := false
	keys := make([]string, 0, len(cur))
	for k := range cur {
		keys = append(keys, k)
	}
	slices.Sort(keys) // ordered puts touch each page once
	for _, k := range keys {
		v := cur.value(k)
		if _, ok := old[k]; ok && bytes.Equal(b.Get([]byte(k)), v) {
			continue
		}
		if err := b.Put([]byte(k), v); err != nil {
			return false, fmt.Errorf("store: word index: %w", err)
		}
		changed = true
	}
	for k := range old {
		if _, ok := cur[k]; ok {
			continue
		}
		if err := b.Delete([]byte(k)); err != nil {
			return false, fmt.Errorf("store: word index: %w", err)
		}
		changed = true
	}
	return changed, nil
}

// addWords merges the entries of record r into the stored word index (for
// rebuilds, which read the commitments in id order, not by article).
func addWords(tx *bolt.Tx, r *commitRec) error {
	b := tx.Bucket(bWord)
	we := wordEntries{}
	we.add(r)
	for k := range we {
		ids := splitKeys(b.Get([]byte(k)))
		id := []byte(r.Machine.ID)
		i, found := slices.BinarySearchFunc(ids, id, bytes.Compare)
		if found {
			continue
		}
		ids = slices.Insert(ids, i, id)
		if err := b.Put([]byte(k), joinKeys(ids)); err != nil {
			return fmt.Errorf("store: word index: %w", err)
		}
	}
	return nil
}

// wordCursor walks the sort suffixes (dateKey | commitment id) of the
// commitments whose evidence or article title contain one word.
type wordCursor struct {
	c      *bolt.Cursor
	prefix []byte // word 0x00
}

// seek returns the first suffix >= sfx, or nil. The entries of one date
// (several articles may share it) are merged, since their commitment ids
// interleave.
func (wc *wordCursor) seek(sfx []byte) []byte {
	start := append(slices.Clone(wc.prefix), sfx[:min(len(sfx), dateKeyLen)]...)
	k, v := wc.c.Seek(start)
	for k != nil && bytes.HasPrefix(k, wc.prefix) {
		if len(k) < len(wc.prefix)+dateKeyLen {
			return nil // corrupt key: CheckDerived reports it
		}
		date := slices.Clone(k[len(wc.prefix) : len(wc.prefix)+dateKeyLen])
		var best []byte
		for ; k != nil && bytes.HasPrefix(k, wc.prefix) && len(k) >= len(wc.prefix)+dateKeyLen &&
			bytes.Equal(k[len(wc.prefix):len(wc.prefix)+dateKeyLen], date); k, v = wc.c.Next() {
			for _, id := range splitKeys(v) {
				s := append(slices.Clone(date), id...)
				if bytes.Compare(s, sfx) >= 0 && (best == nil || bytes.Compare(s, best) < 0) {
					best = s
				}
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}
