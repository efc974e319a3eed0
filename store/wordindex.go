package store

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

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

// encode returns the stored form of the entries: per article (date and
// id), the key 0x00 dateKey | article id → joinKeys of the sorted ids of
// its indexed commitments, and per word the key word 0x00 dateKey |
// article id → a bitmap of positions in that list (bit i of byte i/8 is
// the list's i-th id).
func (we wordEntries) encode() map[string][]byte {
	lists := map[string][]string{} // dateKey | article id → ids
	for k, ids := range we {
		sfx := k[strings.IndexByte(k, 0)+1:]
		for _, id := range ids {
			if !slices.Contains(lists[sfx], id) {
				lists[sfx] = append(lists[sfx], id)
			}
		}
	}
	out := make(map[string][]byte, len(we)+len(lists))
	for sfx, ids := range lists {
		slices.Sort(ids)
		ks := make([][]byte, len(ids))
		for i, id := range ids {
			ks[i] = []byte(id)
		}
		out["\x00"+sfx] = joinKeys(ks)
	}
	for k, ids := range we {
		list := lists[k[strings.IndexByte(k, 0)+1:]]
		bm := make([]byte, (len(list)+7)/8)
		for _, id := range ids {
			i, _ := slices.BinarySearch(list, id)
			bm[i/8] |= 1 << (i % 8)
		}
		out[k] = bm
	}
	return out
}

// writeWords brings the word index from the entries old to cur (the
// entries of one article's commitments before and after a write) and
// reports whether it changed.
func writeWords(tx *bolt.Tx, old, cur wordEntries) (bool, error) {
	b := tx.Bucket(bWord)
	oldKV, curKV := old.encode(), cur.encode()
	changed := false
	keys := make([]string, 0, len(curKV))
	for k := range curKV {
		keys = append(keys, k)
	}
	slices.Sort(keys) // ordered puts touch each page once
	for _, k := range keys {
		v := curKV[k]
		if ov, ok := oldKV[k]; ok && bytes.Equal(ov, v) && bytes.Equal(b.Get([]byte(k)), v) {
			continue
		}
		if err := b.Put([]byte(k), v); err != nil {
			return false, fmt.Errorf("store: word index: %w", err)
		}
		changed = true
	}
	for k := range oldKV {
		if _, ok := curKV[k]; ok {
			continue
		}
		if err := b.Delete([]byte(k)); err != nil {
			return false, fmt.Errorf("store: word index: %w", err)
		}
		changed = true
	}
	return changed, nil
}

// rebuildWords writes the word index entries of every article, reading
// the articles after key after (nil: from the first) and stopping after
// about rebuildChunk commitments. It returns the key of the last article
// written, or nil when it wrote the last.
func rebuildWords(tx *bolt.Tx, after []byte) ([]byte, error) {
	commits := tx.Bucket(bCommitments)
	c := tx.Bucket(bArticles).Cursor()
	k, v := c.First()
	if after != nil {
		k, v = c.Seek(after)
		if k != nil && bytes.Equal(k, after) {
			k, v = c.Next()
		}
	}
	var last []byte
	for n := 0; k != nil; k, v = c.Next() {
		if n >= rebuildChunk {
			return last, nil
		}
		var a articleRec
		if err := decode(v, &a); err != nil {
			return nil, fmt.Errorf("article %s: %w", k, err)
		}
		we := wordEntries{}
		for _, id := range a.Commitments {
			var r commitRec
			ok, err := getRec(commits, id, &r)
			if err != nil {
				return nil, fmt.Errorf("commitment %s: %w", id, err)
			}
			if ok {
				we.add(&r)
				n++
			}
		}
		if _, err := writeWords(tx, nil, we); err != nil {
			return nil, err
		}
		last = append(last[:0], k...)
	}
	return nil, nil
}

// ids returns the commitment ids the bitmap v of the entry of article
// sfx (dateKey | article id) selects.
func (wc *wordCursor) ids(sfx, v []byte) [][]byte {
	list := splitKeys(wc.b.Get(append([]byte{0}, sfx...)))
	var out [][]byte
	for i, id := range list {
		if i/8 < len(v) && v[i/8]&(1<<(i%8)) != 0 {
			out = append(out, id)
		}
	}
	return out
}

// wordCursor walks the sort suffixes (dateKey | commitment id) of the
// commitments whose evidence or article title contain one word.
type wordCursor struct {
	b      *bolt.Bucket
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
			for _, id := range wc.ids(k[len(wc.prefix):], v) {
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
