package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// postingKey is the key of a posting of article n dated day days (and
// n seconds) after t0. Even articles have ids of 32 hex digits, as
// news.ArticleID gives, which chunks pack.
func postingKey(day, n int) string {
	id := fmt.Sprintf("art%06d", n)
	if n%2 == 0 {
		id = fmt.Sprintf("%032x", n*7919)
	}
	return string(sortKey(t0.Add(time.Duration(day)*24*time.Hour+time.Duration(n)*time.Second), id))
}

// TestWordChunks applies batches of posting changes to the chunks of
// three words whose names prefix one another, and checks after each
// batch the postings (against a map), the chunk layout, and seeks.
func TestWordChunks(t *testing.T) {
	type batch map[string]wordChange
	tests := []struct {
		name    string
		batches func(rng *rand.Rand, model map[string][]byte) []batch
	}{
		{"newest first", func(rng *rand.Rand, _ map[string][]byte) []batch {
			var bs []batch
			for b := range 20 {
				m := batch{}
				for i := range 40 {
					m[postingKey(1000-b, b*40+i)] = wordChange{bm: []byte{byte(rng.IntN(256))}}
				}
				bs = append(bs, m)
			}
			return bs
		}},
		{"random dates, then deletes", func(rng *rand.Rand, _ map[string][]byte) []batch {
			var bs []batch
			var keys []string
			for b := range 10 {
				m := batch{}
				for i := range 60 {
					k := postingKey(rng.IntN(365), b*60+i)
					keys = append(keys, k)
					m[k] = wordChange{bm: bytes.Repeat([]byte{1}, rng.IntN(3))}
				}
				bs = append(bs, m)
			}
			rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
			for len(keys) > 0 {
				m := batch{}
				for _, k := range keys[:min(len(keys), 150)] {
					m[k] = wordChange{del: true}
				}
				keys = keys[min(len(keys), 150):]
				bs = append(bs, m)
			}
			return bs
		}},
		{"first chunk emptied", func(rng *rand.Rand, _ map[string][]byte) []batch {
			all, newest := batch{}, batch{}
			for i := range 400 {
				k := postingKey(400-i, i)
				all[k] = wordChange{bm: []byte{2}}
				if i >= 300 {
					newest[k] = wordChange{del: true}
				}
			}
			return []batch{all, newest}
		}},
		{"bitmaps change, deletes of absent postings", func(rng *rand.Rand, _ map[string][]byte) []batch {
			first, second := batch{}, batch{}
			for i := range 200 {
				k := postingKey(i%50, i)
				first[k] = wordChange{bm: []byte{1}}
				second[k] = wordChange{bm: []byte{byte(i), 3}}
				second[postingKey(i%50, 1000+i)] = wordChange{del: true}
			}
			return []batch{first, second}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, Options{NoSync: true})
			rng := rand.New(rand.NewPCG(3, 4))
			models := map[string]map[string][]byte{}
			for step, bt := range tt.batches(rng, nil) {
				err := s.db.Update(func(tx *bolt.Tx) error {
					for _, word := range []string{"ai", "aid", "aide"} {
						m := models[word]
						if m == nil {
							m = map[string][]byte{}
							models[word] = m
						}
						keys := slices.Sorted(maps.Keys(bt))
						chs := make([]wordChange, len(keys))
						for i, k := range keys {
							chs[i] = bt[k]
							if chs[i].del {
								delete(m, k)
							} else {
								m[k] = chs[i].bm
							}
						}
						if err := flushWord(tx.Bucket(bWord), word, keys, chs); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if err := s.db.View(func(tx *bolt.Tx) error {
					for word, m := range models {
						checkChunks(t, tx, word, m, rng)
					}
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				if t.Failed() {
					t.Fatalf("after batch %d", step)
				}
			}
		})
	}
}

// checkChunks checks the chunks of word against the postings want.
func checkChunks(t *testing.T, tx *bolt.Tx, word string, want map[string][]byte, rng *rand.Rand) {
	t.Helper()
	b := tx.Bucket(bWord)
	prefix := []byte(word + "\x00")
	c := b.Cursor()
	n := 0
	var last []byte
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		bound := k[len(prefix):]
		if (n == 0) != (len(bound) == 0) {
			t.Errorf("%s: chunk %d has bound %x", word, n, bound)
		}
		ps, err := decodeChunk(v)
		if err != nil || len(ps) == 0 {
			t.Fatalf("%s: chunk %x: %d postings, %v", word, k, len(ps), err)
		}
		if bytes.Compare(ps[0].key, bound) < 0 || (last != nil && bytes.Compare(bound, last) <= 0) {
			t.Errorf("%s: chunk %x out of order", word, k)
		}
		if len(v) > 2*maxChunk {
			t.Errorf("%s: chunk %x of %d bytes", word, k, len(v))
		}
		last = ps[len(ps)-1].key
		n++
	}
	if len(want) == 0 && n != 0 {
		t.Errorf("%s: %d chunks, want none", word, n)
	}
	keys := slices.Sorted(maps.Keys(want))
	it := postingIter{b: b, c: b.Cursor(), prefix: prefix}
	var got []string
	for p := it.seek(nil); p != nil; p = it.next() {
		got = append(got, string(p.key))
		if !bytes.Equal(p.bm, want[string(p.key)]) {
			t.Errorf("%s: posting %x has bitmap %x, want %x", word, p.key, p.bm, want[string(p.key)])
		}
	}
	if !slices.Equal(got, keys) {
		t.Fatalf("%s: %d postings, want %d", word, len(got), len(keys))
	}
	// Seeks, in random order, to stored keys and between them.
	for range 50 {
		probe := postingKey(rng.IntN(1100)-50, rng.IntN(1500))
		if len(keys) > 0 && rng.IntN(2) == 0 {
			probe = keys[rng.IntN(len(keys))]
		}
		i, _ := slices.BinarySearch(keys, probe)
		p := it.seek([]byte(probe))
		switch {
		case i == len(keys) && p != nil:
			t.Errorf("%s: seek %x = %x, want the end", word, probe, p.key)
		case i < len(keys) && (p == nil || string(p.key) != keys[i]):
			t.Errorf("%s: seek %x = %v, want %x", word, probe, p, keys[i])
		}
	}
	if it.err != nil {
		t.Error(it.err)
	}
}

// FuzzDecodeChunk decodes arbitrary bytes as a chunk: no panic, what
// decodes encodes back to the same postings, and the packed decoding of
// a write (decodePacked) accepts the same chunks with the same postings.
func FuzzDecodeChunk(f *testing.F) {
	f.Add(encodeChunk([]posting{{key: []byte(postingKey(1, 1)), bm: []byte{1}}, {key: []byte(postingKey(1, 2))}}))
	f.Add(encodeChunk([]posting{{key: []byte(postingKey(1, 1))}, {key: append([]byte(postingKey(1, 1))[:dateKeyLen], "b-not-hex"...)}}))
	f.Add([]byte{2, '0', '0', 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := decodeChunk(data)
		packed, perr := decodePacked(data)
		if (err == nil) != (perr == nil) {
			t.Fatalf("decodeChunk: %v, decodePacked: %v", err, perr)
		}
		for i := range packed {
			if !bytes.Equal(packed[i].packed, ps[i].packed) || !bytes.Equal(packed[i].bm, ps[i].bm) {
				t.Fatalf("packed posting %d: %x/%x, want %x/%x", i, packed[i].packed, packed[i].bm, ps[i].packed, ps[i].bm)
			}
		}
		if err != nil {
			if !errors.Is(err, errCorruptChunk) {
				t.Fatalf("error %v does not wrap errCorruptChunk", err)
			}
			return
		}
		again, err := decodeChunk(encodeChunk(ps))
		if err != nil || len(again) != len(ps) {
			t.Fatalf("re-decode: %d postings, %v; want %d", len(again), err, len(ps))
		}
		for i := range ps {
			if !bytes.Equal(ps[i].key, again[i].key) || !bytes.Equal(ps[i].bm, again[i].bm) {
				t.Fatalf("posting %d: %x/%x, want %x/%x", i, again[i].key, again[i].bm, ps[i].key, ps[i].bm)
			}
		}
	})
}

// TestOpenUpgradesWordIndex opens a file whose word index has the older
// layout (one key per word and article): read-only, a text query says how
// to rebuild it; read-write, Open rebuilds it and queries answer as
// before.
func TestOpenUpgradesWordIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v5.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var xs []news.Extraction
	for i := range 60 {
		xs = append(xs, wordyExtraction(i))
	}
	if _, errs := s.SaveExtractions(ctx, xs); errs[0] != nil {
		t.Fatal(errs[0])
	}
	rare := words(xs[7].Commitments[3].Evidence)[0] // in few articles, or a common word
	queries := []Query{{Text: "the"}, {Text: "aid troops"}, {Text: rare}, {Text: "of", Kind: "money"}, {Text: "a", Limit: 500}}
	var want []Page
	for _, q := range queries {
		p, err := s.Commitments(ctx, q)
		if err != nil || len(p.Items) == 0 {
			t.Fatalf("%+v: %d items, %v", q, len(p.Items), err)
		}
		want = append(want, p)
	}
	// The older layout: every entry its own key, derived version 5.
	err = s.db.Update(func(tx *bolt.Tx) error {
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
		b, err := tx.CreateBucket(bWord)
		if err != nil {
			return err
		}
		for k, v := range we.encode() {
			if err := b.Put([]byte(k), append([]byte{0xff}, v...)); err != nil {
				return err
			}
		}
		if err := writeLegacyIndexes(tx); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Put(keyDerived, []byte("5"))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Commitments(ctx, queries[0]); !errors.Is(err, ErrSchema) {
		t.Errorf("read-only text query on the older layout: %v, want ErrSchema", err)
	}
	if p, err := ro.Commitments(ctx, Query{Kind: "money"}); err != nil || len(p.Items) == 0 {
		t.Errorf("read-only query without text: %d items, %v", len(p.Items), err)
	}
	ro.Close()

	rw, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if err := rw.CheckDerived(ctx); err != nil {
		t.Fatal(err)
	}
	for i, q := range queries {
		p, err := rw.Commitments(ctx, q)
		if err != nil || !slices.Equal(ids(p.Items), ids(want[i].Items)) || p.Next != want[i].Next {
			t.Errorf("%+v after upgrade: %v (next %q), %v; want %v (next %q)", q, ids(p.Items), p.Next, err, ids(want[i].Items), want[i].Next)
		}
	}
}
