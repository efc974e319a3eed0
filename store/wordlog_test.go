package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// logWrites returns the number of writes the word log of s holds.
func logWrites(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	err := s.db.View(func(tx *bolt.Tx) error {
		seqs, _, err := logHeaders(tx.Bucket(bWordLog))
		n = len(seqs)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// logQueries are queries of words and fields that the writes of
// TestWordLog add, change and remove postings of.
var logQueries = []Query{
	{Text: "alpha"}, {Text: "beta"}, {Text: "gamma"}, {Text: "alpha beta"}, {Text: "article"},
	{Country: "DE"}, {Country: "NL"}, {Kind: "money"}, {Currency: "EUR"}, {Review: "accepted"},
	{Text: "alpha", Country: "FR"}, {},
}

// TestWordLog writes postings through the word log, one write at a time,
// and checks after each write that the log holds every write since the
// last fold (a fold on the write that finds it full), that every query
// answers as a filter over the records does, and that CheckDerived
// agrees: new postings, postings the log deletes or changes over the
// chunks, and postings added and deleted within the log.
func TestWordLog(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	ext := func(n int, evidence ...string) news.Extraction {
		x := news.Extraction{Article: article(n, []string{"wire", "paper"}[n%2], n%9)}
		for i, e := range evidence {
			c := money([]string{"DE", "FR", "US"}[(n+i)%3], float64(n+1)*1e6, "EUR", news.StatusPledged, 0.9)
			c.Evidence = e
			x.Commitments = append(x.Commitments, c)
		}
		return x
	}
	type step struct {
		name  string
		write func() error
	}
	var steps []step
	saveStep := func(name string, x news.Extraction) {
		steps = append(steps, step{name, func() error {
			_, err := s.SaveExtraction(ctx, x)
			return err
		}})
	}
	for n := range 20 {
		saveStep(fmt.Sprintf("article %d", n), ext(n, "alpha beta", fmt.Sprintf("gamma %d", n)))
	}
	// Over chunk postings (articles 0–16 were folded): a re-extraction
	// drops a word from one commitment (a bitmap change) and one from the
	// article (a deletion), and a decision changes a field.
	saveStep("re-extract 3", ext(3, "alpha delta", fmt.Sprintf("gamma %d", 3)))
	saveStep("re-extract 5", ext(5, "delta", "delta 5"))
	steps = append(steps, step{"correct one of article 4", func() error {
		x := ext(4, "alpha beta", "gamma 4")
		_, err := s.Correct(ctx, news.CommitmentID(x.Article.ID, x.Commitments[1]), "ana", Correction{Actor: ptr("NL")}, "")
		return err
	}})
	// Within the log: a new article, then its words dropped.
	saveStep("article 30", ext(30, "alpha beta gamma"))
	saveStep("re-extract 30", ext(30, "epsilon"))
	steps = append(steps, step{"batch", func() error {
		_, errs := s.SaveExtractions(ctx, []news.Extraction{ext(31, "alpha"), ext(1, "beta only"), ext(32, "gamma", "alpha")})
		return errors.Join(errs...)
	}})
	for n := 33; n < 45; n++ {
		saveStep(fmt.Sprintf("article %d", n), ext(n, "beta", "alpha gamma"))
	}

	folds := 0
	for i, st := range steps {
		before := logWrites(t, s)
		if err := st.write(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		after := logWrites(t, s)
		switch {
		case before == maxLogWrites && after == 0:
			folds++
		case after != before+1:
			t.Fatalf("step %d (%s): the log holds %d writes, was %d (at most %d)", i, st.name, after, before, maxLogWrites)
		}
		for _, q := range logQueries {
			got, err := allPages(t, s, q)
			if want := bruteForce(t, s, q); err != nil || !slices.Equal(got, want) {
				t.Fatalf("step %d (%s): %+v: %v, %v; want %v", i, st.name, q, got, err, want)
			}
		}
		if err := s.CheckDerived(ctx); err != nil {
			t.Fatalf("step %d (%s): %v", i, st.name, err)
		}
	}
	if folds != 2 {
		t.Errorf("%d folds over %d writes, want 2", folds, len(steps))
	}
}

// TestWordLogBound saves one batch whose posting changes take more than
// maxLogBytes: it goes into the chunks (with the log before it), leaving
// the log empty.
func TestWordLogBound(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{NoSync: true})
	if _, errs := s.SaveExtractions(ctx, []news.Extraction{wordyExtraction(0), wordyExtraction(1)}); errs[0] != nil {
		t.Fatal(errs[0])
	}
	if n := logWrites(t, s); n != 1 {
		t.Fatalf("the log holds %d writes after a small batch, want 1", n)
	}
	var xs []news.Extraction
	for i := 2; i < 400; i++ {
		xs = append(xs, wordyExtraction(i))
	}
	if _, errs := s.SaveExtractions(ctx, xs); errs[0] != nil {
		t.Fatal(errs[0])
	}
	if n := logWrites(t, s); n != 0 {
		t.Errorf("the log holds %d writes after a batch above its bound, want 0", n)
	}
	if err := s.CheckDerived(ctx); err != nil {
		t.Fatal(err)
	}
	rare := words(xs[7].Commitments[3].Evidence)[0]
	for _, q := range []Query{{Text: "the"}, {Text: rare}, {Text: "aid", Kind: "troops"}} {
		if got, want := allPagesQuick(t, s, q), bruteForce(t, s, q); !slices.Equal(got, want) {
			t.Errorf("%+v: %d ids, want %d", q, len(got), len(want))
		}
	}
}

// allPagesQuick is allPages with pages of MaxLimit.
func allPagesQuick(t *testing.T, s *Store, q Query) []string {
	t.Helper()
	q.Limit = MaxLimit
	var out []string
	for {
		p, err := s.Commitments(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ids(p.Items)...)
		if p.Next == "" {
			return out
		}
		q.Cursor = p.Next
	}
}

// TestWordLogDamage breaks the word log: a query of the broken word
// fails saying how to repair, CheckDerived reports it, and the rebuild
// repairs it.
func TestWordLogDamage(t *testing.T) {
	tests := []struct {
		name   string
		damage func(b *bolt.Bucket) error
	}{
		{"entry does not decode", func(b *bolt.Bucket) error {
			return b.Put(append(be64(1), "alpha"...), []byte{9, 9, 9})
		}},
		{"bad flag", func(b *bolt.Bucket) error {
			return b.Put(append(be64(1), "alpha"...), encodeChunk([]posting{{key: []byte(postingKey(1, 2)), bm: []byte{7}}}))
		}},
		{"write without header", func(b *bolt.Bucket) error {
			return b.Delete(be64(1))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, Options{})
			x := news.Extraction{Article: article(1, "wire", 0), Commitments: []news.Commitment{troops("DE", 5, news.StatusPledged, 0.9)}}
			x.Commitments[0].Evidence = "alpha beta"
			if _, err := s.SaveExtraction(ctx, x); err != nil {
				t.Fatal(err)
			}
			if err := s.db.Update(func(tx *bolt.Tx) error { return tt.damage(tx.Bucket(bWordLog)) }); err != nil {
				t.Fatal(err)
			}
			_, err := s.Commitments(ctx, Query{Text: "alpha"})
			if err == nil || !strings.Contains(err.Error(), "check --repair") {
				t.Errorf("query of the damaged word: %v, want an error saying how to repair", err)
			}
			if err := s.CheckDerived(ctx); !errors.Is(err, ErrDerivedMismatch) {
				t.Errorf("CheckDerived = %v, want ErrDerivedMismatch", err)
			}
			if err := s.RebuildDerived(ctx); err != nil {
				t.Fatal(err)
			}
			if err := s.CheckDerived(ctx); err != nil {
				t.Fatal(err)
			}
			if p, err := s.Commitments(ctx, Query{Text: "alpha"}); err != nil || len(p.Items) != 1 {
				t.Errorf("after the rebuild: %d items, %v; want 1", len(p.Items), err)
			}
		})
	}
}

// chunkKeys returns the posting keys of word in the chunks of b.
func chunkKeys(t *testing.T, b *bolt.Bucket, word string) []string {
	t.Helper()
	var keys []string
	prefix := []byte(word + "\x00")
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		ps, err := decodeChunk(v)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			keys = append(keys, string(p.key))
		}
	}
	return keys
}

func be64(n uint64) []byte {
	return []byte{byte(n >> 56), byte(n >> 48), byte(n >> 40), byte(n >> 32), byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
}

// TestOpenUpgradesWordLog opens a file of derived version 7 (no word
// log; its chunks hold every posting), one with a stale log bucket that
// a version 7 build left after rebuilding: read-only, queries answer from
// the chunks alone; read-write, Open empties the log and records version
// 8, and queries answer as before and through the log after new writes.
func TestOpenUpgradesWordLog(t *testing.T) {
	for _, stale := range []bool{false, true} {
		t.Run(fmt.Sprintf("stale log %v", stale), func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "v7.db")
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			randomStore(t, s, 5)
			want := map[int][]string{}
			for i, q := range fieldQueries {
				if want[i], err = allPages(t, s, q); err != nil {
					t.Fatal(err)
				}
			}
			// The version 7 layout: every posting in the chunks.
			err = s.db.Update(func(tx *bolt.Tx) error {
				w := newTxWriter(tx)
				if err := w.foldLog(tx.Bucket(bWordLog)); err != nil {
					return err
				}
				if !stale {
					if err := tx.DeleteBucket(bWordLog); err != nil {
						return err
					}
				} else {
					// A log a version 8 build wrote, which no longer
					// matches the chunks: it deletes every money posting.
					word := fieldWord(bKind, "money")
					keys := chunkKeys(t, tx.Bucket(bWord), word)
					if len(keys) == 0 {
						t.Fatal("no money postings")
					}
					b := tx.Bucket(bWordLog)
					if err := b.Put(be64(1), []byte{1}); err != nil {
						return err
					}
					if err := b.Put(append(be64(1), word...), encodeLog(keys, slices.Repeat([]wordChange{{del: true}}, len(keys)))); err != nil {
						return err
					}
				}
				return tx.Bucket(bMeta).Put(keyDerived, []byte("7"))
			})
			if err != nil {
				t.Fatal(err)
			}
			s.Close()

			ro, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			for i, q := range fieldQueries {
				if got, err := allPages(t, ro, q); err != nil || !slices.Equal(got, want[i]) {
					t.Errorf("read-only %+v on version 7: %v, %v; want %v", q, got, err, want[i])
				}
			}
			if err := ro.CheckDerived(ctx); err != nil {
				t.Errorf("read-only CheckDerived on version 7: %v", err)
			}
			ro.Close()

			rw, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer rw.Close()
			err = rw.db.View(func(tx *bolt.Tx) error {
				if v := tx.Bucket(bMeta).Get(keyDerived); string(v) != fmt.Sprint(derivedVersion) {
					t.Errorf("derived version %q after the upgrade, want %d", v, derivedVersion)
				}
				if n := tx.Bucket(bWordLog).Stats().KeyN; n != 0 {
					t.Errorf("the log holds %d keys after the upgrade, want 0", n)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, q := range fieldQueries {
				if got, err := allPages(t, rw, q); err != nil || !slices.Equal(got, want[i]) {
					t.Errorf("%+v after the upgrade: %v, %v; want %v", q, got, err, want[i])
				}
			}
			randomStore(t, rw, 6)
			if logWrites(t, rw) == 0 {
				t.Error("no write went through the log after the upgrade")
			}
			for _, q := range fieldQueries {
				if got, err := allPages(t, rw, q); err != nil || !slices.Equal(got, bruteForce(t, rw, q)) {
					t.Errorf("%+v after writes: %v, %v; want %v", q, got, err, bruteForce(t, rw, q))
				}
			}
			if err := rw.CheckDerived(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// FuzzDecodeLog decodes arbitrary log entries: an error wraps
// errCorruptLog, and what decodes encodes back to the same changes.
func FuzzDecodeLog(f *testing.F) {
	f.Add(encodeLog([]string{postingKey(1, 1), postingKey(1, 2)}, []wordChange{{bm: []byte{1}}, {del: true}}))
	f.Add(encodeChunk([]posting{{key: []byte(postingKey(1, 1)), bm: []byte{2}}}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := decodeLog(data)
		if err != nil {
			if !errors.Is(err, errCorruptLog) {
				t.Fatalf("error %v does not wrap errCorruptLog", err)
			}
			return
		}
		keys := make([]string, len(ps))
		chs := make([]wordChange, len(ps))
		for i, p := range ps {
			keys[i], chs[i] = string(p.key), wordChange{bm: p.bm, del: p.del}
		}
		again, err := decodeLog(encodeLog(keys, chs))
		if err != nil || len(again) != len(ps) {
			t.Fatalf("re-decode: %d changes, %v; want %d", len(again), err, len(ps))
		}
		for i := range ps {
			if !bytes.Equal(ps[i].key, again[i].key) || !bytes.Equal(ps[i].bm, again[i].bm) || ps[i].del != again[i].del {
				t.Fatalf("change %d: %x/%x/%v, want %x/%x/%v", i, again[i].key, again[i].bm, again[i].del, ps[i].key, ps[i].bm, ps[i].del)
			}
		}
	})
}

// TestReadLog appends writes of changes of one word's postings to a log
// and checks that readLog gives each posting's last change, in key
// order, for any number of writes.
func TestReadLog(t *testing.T) {
	k := func(n int) string { return postingKey(n%3, n) }
	set := func(b byte) wordChange { return wordChange{bm: []byte{b}} }
	tests := []struct {
		name   string
		writes []map[string]wordChange
		want   map[string]wordChange
	}{
		{"none", nil, map[string]wordChange{}},
		{"one", []map[string]wordChange{{k(1): set(1), k(2): {del: true}}}, map[string]wordChange{k(1): set(1), k(2): {del: true}}},
		{"last of five wins", []map[string]wordChange{
			{k(1): set(1), k(2): set(1)},
			{k(1): set(2), k(3): set(2)},
			{k(1): {del: true}, k(4): set(3)},
			{k(1): set(4)},
			{k(2): {del: true}, k(5): set(5)},
		}, map[string]wordChange{k(1): set(4), k(2): {del: true}, k(3): set(2), k(4): set(3), k(5): set(5)}},
		{"other words between", []map[string]wordChange{{k(7): set(1)}, {}, {k(7): set(2), k(8): set(2)}}, map[string]wordChange{k(7): set(2), k(8): set(2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, Options{NoSync: true})
			err := s.db.Update(func(tx *bolt.Tx) error {
				for _, m := range tt.writes {
					w := newTxWriter(tx)
					w.words["alpha"] = m
					w.words["other"] = map[string]wordChange{k(9): set(9)}
					if err := w.flushLog(); err != nil {
						return err
					}
				}
				got, err := readLog(tx.Bucket(bWordLog), "alpha")
				if err != nil {
					return err
				}
				keys := slices.Sorted(maps.Keys(tt.want))
				if len(got) != len(keys) {
					t.Fatalf("%d changes, want %d", len(got), len(keys))
				}
				for i, p := range got {
					w := tt.want[keys[i]]
					if string(p.key) != keys[i] || p.del != w.del || !bytes.Equal(p.bm, w.bm) {
						t.Errorf("change %d: %x %v %x, want %x %v %x", i, p.key, p.del, p.bm, keys[i], w.del, w.bm)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
