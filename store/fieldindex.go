package store

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The equality filters of Commitments (country, kind, status, review
// state, source, currency) and its unfiltered date order are served by
// the word index rather than by an index key per commitment and filter:
//
//   - Each field value a commitment is filtered by is an index word of
//     its own (fieldWords), whose postings, like a text word's, are one
//     per article with a bitmap of the article's commitments that have
//     the value. An article of a few commitments of one country thus
//     adds one posting for its country, not one key per commitment, and
//     the postings of a batch are written once per touched chunk.
//   - The article lists (0x00 dateKey | article id → its commitment ids)
//     list every commitment of the article, so walking them in key order
//     (listCursor) is the date order of all commitments.
//
// A write of a commitment's record brings its article's postings from
// the article's entries before to those after (saveTx for a whole
// article, reindexCommit for one human decision).

// fieldWords returns the index words of the fields a query filters
// commitment record r by (c its effective values): 0x01, a letter naming
// the filter, and the value. No text word starts with 0x01. An empty
// source or currency, which no query asks for, has none.
func fieldWords(r *commitRec, c *news.Commitment) []string {
	ws := []string{fieldWord(bActor, c.Actor), fieldWord(bKind, string(c.Kind)),
		fieldWord(bStatus, string(c.Status)), fieldWord(bReview, reviewValue(c.Review))}
	if r.Source != "" {
		ws = append(ws, fieldWord(bSource, r.Source))
	}
	if c.Currency != "" {
		ws = append(ws, fieldWord(bCurrency, c.Currency))
	}
	return ws
}

// fieldWord is the index word of value for the filter named by index
// (one of the equality filter names, bActor…bCurrency).
func fieldWord(index []byte, value string) string {
	return "\x01" + string(fieldCode(index)) + value
}

// fieldCode is the one-byte code of the equality filter named by index
// (bActor…bCurrency) in the keys of the field and ledger indexes; 0 for
// any other name.
func fieldCode(index []byte) byte {
	switch string(index) {
	case string(bActor):
		return 'a'
	case string(bKind):
		return 'k'
	case string(bStatus):
		return 's'
	case string(bReview):
		return 'r'
	case string(bSource):
		return 'o'
	case string(bCurrency):
		return 'c'
	}
	return 0
}

// listCursor walks the sort suffixes (dateKey | commitment id) of every
// commitment, from the article lists of the word index.
type listCursor struct {
	c    *bolt.Cursor
	held dateSuffixes
}

func newListCursor(b *bolt.Bucket) *listCursor { return &listCursor{c: b.Cursor()} }

// seek returns the first suffix >= sfx, or nil.
func (lc *listCursor) seek(sfx []byte) []byte {
	found, date, end := lc.held.next(sfx)
	if found != nil || end {
		return found
	}
	k, v := lc.c.Seek(append([]byte{0}, date...))
	for k != nil && len(k) > 0 && k[0] == 0 {
		if len(k) <= 1+dateKeyLen {
			// A corrupt list key: skip it (CheckDerived reports it).
			k, v = lc.c.Next()
			continue
		}
		lc.held.reset(k[1 : 1+dateKeyLen])
		for ; k != nil && len(k) > 1+dateKeyLen && k[0] == 0 && bytes.Equal(k[1:1+dateKeyLen], lc.held.date); k, v = lc.c.Next() {
			for _, id := range splitKeys(v) {
				lc.held.add(id)
			}
		}
		if s := lc.held.first(sfx); s != nil {
			return s
		}
	}
	lc.held.reset(nil)
	return nil
}

// dateSuffixes holds the sort suffixes of the commitments of one date
// that a cursor read, so that the seeks within that date that follow
// (a join's seeks mostly are) read nothing.
type dateSuffixes struct {
	date   []byte   // nil: none held
	sfxs   [][]byte // sorted once first is called
	sorted bool
}

// reset starts holding date (nil: nothing).
func (d *dateSuffixes) reset(date []byte) {
	d.date = append(d.date[:0], date...)
	if date == nil {
		d.date = nil
	}
	d.sfxs, d.sorted = d.sfxs[:0], false
}

// add holds the suffix of commitment id.
func (d *dateSuffixes) add(id []byte) {
	s := make([]byte, 0, len(d.date)+len(id))
	d.sfxs = append(d.sfxs, append(append(s, d.date...), id...))
}

// first returns the first held suffix >= sfx, or nil.
func (d *dateSuffixes) first(sfx []byte) []byte {
	if !d.sorted {
		slices.SortFunc(d.sfxs, bytes.Compare)
		d.sorted = true
	}
	i, _ := slices.BinarySearchFunc(d.sfxs, sfx, bytes.Compare)
	if i == len(d.sfxs) {
		return nil
	}
	return d.sfxs[i]
}

// next answers a seek to sfx from the held date when it can: it returns
// the suffix, or else the date key to read from, or end when sfx is past
// every date.
func (d *dateSuffixes) next(sfx []byte) (found, from []byte, end bool) {
	date := sfx[:min(len(sfx), dateKeyLen)]
	if d.date == nil || !bytes.Equal(date, d.date) {
		return nil, date, false
	}
	if s := d.first(sfx); s != nil {
		return s, nil, false
	}
	// Past the held date: read from the next one.
	from = nextPrefix(d.date)
	return nil, from, from == nil
}

// reindexCommit records the change of the postings of the article of
// old (a stored commitment record) when old becomes rec (one human
// decision: the article and date stay), for w.flush to apply. The
// article's other commitments are read from the store.
func (w *txWriter) reindexCommit(old, rec *commitRec) error {
	art, id := old.Machine.ArticleID, old.Machine.ID
	lk := "\x00" + string(sortKey(old.Date, art))
	list, ok := w.lists[lk]
	if !ok {
		list = w.tx.Bucket(bWord).Get([]byte(lk))
	}
	before, after := wordEntries{}, wordEntries{}
	commits := w.tx.Bucket(bCommitments)
	for _, other := range splitKeys(list) {
		if string(other) == id {
			continue
		}
		var r commitRec
		ok, err := getRec(commits, string(other), &r)
		if err != nil {
			return fmt.Errorf("store: commitment %s: %w", other, err)
		}
		if ok && r.Machine.ArticleID == art {
			before.add(&r)
			after.add(&r)
		}
	}
	before.add(old)
	after.add(rec)
	w.writeWords(before, after)
	return nil
}
