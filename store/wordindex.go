package store

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// wordEntries maps word index keys to the commitment ids they list.
type wordEntries map[string][]string

// add adds the entries of commitment record r: one per distinct word of
// its evidence and its article's title, and one per field it is filtered
// by (fieldWords), keyed by its article and date.
func (we wordEntries) add(r *commitRec) {
	we.addWords(r)
	c := r.effective()
	for _, w := range fieldWords(r, &c) {
		we.put(w, r)
	}
}

// addWords adds the entries of the words of r's evidence and title only
// (the index of derived version 6 and older).
func (we wordEntries) addWords(r *commitRec) {
	for _, w := range words(r.Machine.Evidence, r.Title) {
		we.put(w, r)
	}
}

func (we wordEntries) put(w string, r *commitRec) {
	k := string(idxKey(w, r.Date, r.Machine.ArticleID))
	if ids := we[k]; !slices.Contains(ids, r.Machine.ID) {
		we[k] = append(ids, r.Machine.ID)
	}
}

// encode returns the stored form of the entries: per article (date and
// id), the key 0x00 dateKey | article id → joinKeys of the sorted ids of
// its indexed commitments, and per word the key word 0x00 dateKey |
// article id → a bitmap of positions in that list (bit i of byte i/8 is
// the list's i-th id; empty when it selects every id, as a word of the
// article's title does). The word keys are postings in the chunks of
// their word (wordchunk.go).
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
		if len(ids) == len(list) {
			out[k] = []byte{} // every commitment: a title word
			continue
		}
		bm := make([]byte, (len(list)+7)/8)
		for _, id := range ids {
			i, _ := slices.BinarySearch(list, id)
			bm[i/8] |= 1 << (i % 8)
		}
		out[k] = bm
	}
	return out
}

// writeWords records the change of the word index from the entries old
// to cur (the entries of one article's commitments before and after a
// write) for w.flush to apply, and reports whether there is one.
func (w *txWriter) writeWords(old, cur wordEntries) bool {
	oldKV, curKV := old.encode(), cur.encode()
	changed := false
	for k, v := range curKV {
		if ov, ok := oldKV[k]; ok && bytes.Equal(ov, v) {
			continue
		}
		w.setWord(k, v)
		changed = true
	}
	for k := range oldKV {
		if _, ok := curKV[k]; !ok {
			w.setWord(k, nil)
			changed = true
		}
	}
	return changed
}

// setWord records the new value of the word index entry k (nil: none):
// an article's commitment list (k starts with 0x00) or a posting.
func (w *txWriter) setWord(k string, v []byte) {
	if k[0] == 0 {
		w.lists[k] = v
		return
	}
	i := strings.IndexByte(k, 0)
	word, sfx := k[:i], k[i+1:]
	chs := w.words[word]
	if chs == nil {
		chs = map[string]wordChange{}
		w.words[word] = chs
	}
	chs[sfx] = wordChange{bm: v, del: v == nil}
}

// flushWords writes the recorded word index changes: each article list
// once, and the posting changes as one write of the word log, or folded
// with the log into the chunks (wordlog.go).
func (w *txWriter) flushWords() error {
	b := w.tx.Bucket(bWord)
	for _, k := range slices.Sorted(maps.Keys(w.lists)) {
		v := w.lists[k]
		var err error
		switch {
		case v == nil:
			err = b.Delete([]byte(k))
		case !bytes.Equal(b.Get([]byte(k)), v):
			err = b.Put([]byte(k), v)
		}
		if err != nil {
			return fmt.Errorf("store: word index: %w", err)
		}
	}
	clear(w.lists)
	if len(w.words) == 0 {
		return nil
	}
	return w.flushLog()
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
	w := newTxWriter(tx)
	w.fold = true // the log is empty: write the chunks
	for n := 0; k != nil; k, v = c.Next() {
		if n >= rebuildChunk {
			return last, w.flushWords()
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
		w.writeWords(nil, we)
		last = append(last[:0], k...)
	}
	return nil, w.flushWords()
}

// wordCursor walks the sort suffixes (dateKey | commitment id) of the
// commitments whose evidence or article title contain one word.
type wordCursor struct {
	b   *bolt.Bucket
	it  *wordIter
	sfx []byte // article list held (dateKey | article id)
	ids [][]byte
	// The suffixes of the date last read.
	held dateSuffixes
}

// newWordCursor returns the cursor of word over the word index b and its
// log (nil: none, see wordLog).
func newWordCursor(b, log *bolt.Bucket, word string) *wordCursor {
	return &wordCursor{b: b, it: newWordIter(b, log, word)}
}

// err returns the error that ended the walk early, if any.
func (wc *wordCursor) err() error {
	if wc.it.err != nil {
		return wc.it.err
	}
	return wc.it.chunks.err
}

// list returns the commitment ids of the article of posting p that its
// bitmap selects.
func (wc *wordCursor) list(p *posting) [][]byte {
	if !bytes.Equal(wc.sfx, p.key) {
		wc.sfx = append(wc.sfx[:0], p.key...)
		wc.ids = splitKeys(wc.b.Get(append([]byte{0}, p.key...)))
	}
	if len(p.bm) == 0 {
		return wc.ids
	}
	var out [][]byte
	for i, id := range wc.ids {
		if i/8 < len(p.bm) && p.bm[i/8]&(1<<(i%8)) != 0 {
			out = append(out, id)
		}
	}
	return out
}

// seek returns the first suffix >= sfx, or nil. The postings of one date
// (several articles may share it) are merged, since their commitment ids
// interleave, and kept for the seeks that follow within that date.
func (wc *wordCursor) seek(sfx []byte) []byte {
	found, date, end := wc.held.next(sfx)
	if found != nil || end {
		return found
	}
	p := wc.it.seek(date)
	for p != nil {
		wc.held.reset(p.key[:dateKeyLen])
		for ; p != nil && bytes.HasPrefix(p.key, wc.held.date); p = wc.it.next() {
			for _, id := range wc.list(p) {
				wc.held.add(id)
			}
		}
		if s := wc.held.first(sfx); s != nil {
			return s
		}
	}
	wc.held.reset(nil)
	return nil
}

// checkWords compares the word index with the entries want, reporting
// differences: article lists byte for byte, postings (those of the
// chunks with the word log's changes over them) by content, and the
// layout of each word's chunks (see wordchunk.go).
func checkWords(tx *bolt.Tx, want wordEntries, report func(format string, args ...any)) error {
	wantKV := want.encode()
	var logged map[string]map[string]wordChange
	if b := wordLog(tx); b != nil {
		var err error
		if logged, err = readLogAll(b); err != nil {
			report("%s: %v", bWordLog, err)
		}
	}
	seen := func(k string, v []byte) {
		switch w, ok := wantKV[k]; {
		case !ok:
			report("%s: extra key %x", bWord, k)
		case !bytes.Equal(w, v):
			report("%s: %x is %x, want %x", bWord, k, v, w)
		}
		delete(wantKV, k)
	}
	var word, last []byte // the word of the chunk before, and its last posting
	err := tx.Bucket(bWord).ForEach(func(k, v []byte) error {
		i := bytes.IndexByte(k, 0)
		if i == 0 {
			seen(string(k), v)
			return nil
		}
		if i < 0 {
			report("%s: key %x has no word", bWord, k)
			return nil
		}
		bound := k[i+1:]
		if !bytes.Equal(word, k[:i]) {
			word, last = slices.Clone(k[:i]), nil
			if len(bound) > 0 {
				report("%s: word %q has no first chunk", bWord, word)
			}
		} else if bytes.Compare(bound, last) <= 0 {
			report("%s: chunk %x is not above the postings before it", bWord, k)
		}
		ps, err := decodeChunk(v)
		switch {
		case err != nil:
			report("%s: chunk %x: %v", bWord, k, err)
			return nil
		case len(ps) == 0:
			report("%s: chunk %x is empty", bWord, k)
			return nil
		case bytes.Compare(ps[0].key, bound) < 0:
			report("%s: chunk %x holds postings below its key", bWord, k)
		}
		for _, p := range ps {
			if _, ok := logged[string(k[:i])][string(p.key)]; !ok {
				seen(string(k[:i+1])+string(p.key), p.bm)
			}
		}
		last = slices.Clone(ps[len(ps)-1].key)
		return nil
	})
	if err != nil {
		return err
	}
	for word, m := range logged {
		for k, ch := range m {
			if !ch.del {
				seen(word+"\x00"+k, ch.bm)
			}
		}
	}
	for k := range wantKV {
		report("%s: missing key %x", bWord, k)
	}
	return nil
}
