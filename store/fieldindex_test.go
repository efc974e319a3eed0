package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

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

// randomStore fills s with articles of several commitments (a few sharing
// a date), re-extractions, batches and human decisions of every kind.
func randomStore(t *testing.T, s *Store, seed uint64) {
	t.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 1))
	values := []news.Commitment{
		money("US", 3e8, "USD", news.StatusPledged, 0.9),
		money("GB", 7e7, "GBP", news.StatusDelivered, 0.3),
		troops("DE", 500, news.StatusPledged, 0.9),
		troops("DE", 600, news.StatusConsidering, 0.2),
		money("FR", 1e9, "EUR", news.StatusDeclined, 0.9),
		equipment("PL", "tanks", 14, 0.4),
		{Actor: "group:nordics", Kind: news.KindSupport, Item: "training", Status: news.StatusPledged, Evidence: "training support", Confidence: 0.6},
	}
	extraction := func() news.Extraction {
		a := article(rng.IntN(40), []string{"wire", "paper", "blog"}[rng.IntN(3)], rng.IntN(12))
		var cs []news.Commitment
		for range 1 + rng.IntN(4) {
			c := values[rng.IntN(len(values))]
			c.Evidence = fmt.Sprintf("%s %d", c.Evidence, rng.IntN(3))
			cs = append(cs, c)
		}
		return news.Extraction{Article: a, Commitments: cs}
	}
	var ids []string
	for range 120 {
		switch op := rng.IntN(10); {
		case op < 5 || len(ids) == 0:
			x := extraction()
			if _, err := s.SaveExtraction(ctx, x); err != nil {
				t.Fatal(err)
			}
			for _, c := range x.Commitments {
				ids = append(ids, news.CommitmentID(x.Article.ID, c))
			}
		case op < 6:
			xs := []news.Extraction{extraction(), extraction(), extraction()}
			if _, errs := s.SaveExtractions(ctx, xs); errs[0] != nil {
				t.Fatal(errs[0])
			}
		case op < 8:
			id := ids[rng.IntN(len(ids))]
			var err error
			switch rng.IntN(5) {
			case 0:
				_, err = s.Reject(ctx, id, "ana", "")
			case 1:
				_, err = s.Accept(ctx, id, "ana", "")
			case 2:
				_, err = s.Correct(ctx, id, "ana", Correction{Actor: ptr("NL"), Status: ptr(news.StatusDelivered), Currency: ptr("EUR")}, "")
			case 3:
				_, err = s.Correct(ctx, id, "ana", Correction{Kind: ptr(news.KindEquipment), Item: ptr("howitzers")}, "")
			default:
				_, err = s.Undo(ctx, id, "ana", "")
			}
			if err != nil && !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrInvalid) {
				t.Fatal(err)
			}
		default:
			var ds []Decision
			for _, id := range []string{ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]} {
				if len(ds) == 0 || ds[0].ID != id {
					ds = append(ds, Decision{ID: id, Action: []string{ActionAccept, ActionReject}[rng.IntN(2)]})
				}
			}
			if _, err := s.ReviewBatch(ctx, "ana", ds); err != nil && !errors.Is(err, ErrNotFound) {
				t.Fatal(err)
			}
		}
	}
}

// fieldQueries are queries of every equality filter, alone and joined.
var fieldQueries = []Query{
	{}, {Review: ReviewAll}, {Review: ReviewReviewed}, {Review: "none"}, {Review: "pending"}, {Review: "accepted"},
	{Review: "rejected"}, {Review: "corrected"}, {Country: "de"}, {Country: "NL"}, {Country: "group:nordics"},
	{Kind: "money"}, {Kind: "equipment"}, {Status: "pledged"}, {Status: "delivered"}, {Source: "wire"},
	{Currency: "eur"}, {Currency: "GBP"}, {Country: "DE", Kind: "troops"}, {Kind: "money", Status: "pledged", Review: ReviewAll},
	{Source: "paper", Review: "pending"}, {Country: "NL", Currency: "EUR"}, {Kind: "troops", Text: "pledged"},
	{Source: "blog", Since: t0.Add(3 * 24 * time.Hour), Until: t0.Add(9 * 24 * time.Hour)},
}

// allPages pages through q, 3 at a time, and returns the ids in order.
func allPages(t *testing.T, s *Store, q Query) ([]string, error) {
	t.Helper()
	q.Limit = 3
	var out []string
	for range 1000 {
		p, err := s.Commitments(context.Background(), q)
		if err != nil {
			return nil, err
		}
		out = append(out, ids(p.Items)...)
		if p.Next == "" {
			return out, nil
		}
		q.Cursor = p.Next
	}
	t.Fatalf("%+v: no last page", q)
	return nil, nil
}

// bruteForce returns the ids of the commitments q selects, read from
// every record, in the order of Commitments.
func bruteForce(t *testing.T, s *Store, q Query) []string {
	t.Helper()
	type hit struct {
		date time.Time
		id   string
	}
	var hits []hit
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bCommitments).ForEach(func(k, v []byte) error {
			var r commitRec
			if err := decode(v, &r); err != nil {
				return err
			}
			c := r.effective()
			switch {
			case q.Country != "" && !strings.EqualFold(c.Actor, q.Country),
				q.Kind != "" && string(c.Kind) != q.Kind,
				q.Status != "" && string(c.Status) != q.Status,
				q.Source != "" && r.Source != q.Source,
				q.Currency != "" && !strings.EqualFold(c.Currency, q.Currency),
				q.Review == "" && c.Review == news.ReviewRejected,
				q.Review == ReviewReviewed && c.Review != news.ReviewAccepted && c.Review != news.ReviewCorrected,
				q.Review != "" && q.Review != ReviewAll && q.Review != ReviewReviewed && reviewValue(c.Review) != q.Review,
				!q.Since.IsZero() && r.Date.Before(q.Since),
				!q.Until.IsZero() && !r.Date.Before(q.Until):
				return nil
			}
			for _, w := range words(q.Text) {
				if !slices.Contains(words(r.Machine.Evidence, r.Title), w) {
					return nil
				}
			}
			hits = append(hits, hit{r.Date, c.ID})
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if c := b.date.Compare(a.date); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	out := []string{}
	for _, h := range hits {
		out = append(out, h.id)
	}
	return out
}

// TestFieldIndexMatchesRecords checks every equality filter, alone and
// joined, paged, against a filter over every record, after random saves,
// re-extractions and decisions.
func TestFieldIndexMatchesRecords(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		s := openTest(t, Options{})
		randomStore(t, s, seed)
		if err := s.CheckDerived(context.Background()); err != nil {
			t.Fatal(err)
		}
		for _, q := range fieldQueries {
			got, err := allPages(t, s, q)
			if want := bruteForce(t, s, q); err != nil || !slices.Equal(got, want) {
				t.Errorf("seed %d, %+v:\n got %v, %v\nwant %v", seed, q, got, err, want)
			}
		}
	}
}

// TestOpenUpgradesFieldIndex opens a file of derived version 6 (an index
// bucket per filter, a word index of text words only): read-only, the
// filters read the old buckets and a text query says how to upgrade;
// read-write, Open moves it to the current layout, deletes the old
// buckets, and every query answers as before.
func TestOpenUpgradesFieldIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v6.db")
	s, err := Open(path, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	randomStore(t, s, 4)
	want := map[int][]string{}
	for i, q := range fieldQueries {
		if want[i], err = allPages(t, s, q); err != nil {
			t.Fatal(err)
		}
	}
	wantTotals, err := s.Totals(ctx, LedgerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := writeLegacyIndexes(tx); err != nil {
			return err
		}
		if err := writeV6WordIndex(tx); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Put(keyDerived, []byte("6"))
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
		got, err := allPages(t, ro, q)
		switch {
		case q.Text != "":
			if !errors.Is(err, ErrSchema) {
				t.Errorf("read-only %+v on version 6: %v, want ErrSchema", q, err)
			}
		case err != nil || !slices.Equal(got, want[i]):
			t.Errorf("read-only %+v on version 6: %v, %v; want %v", q, got, err, want[i])
		}
	}
	ro.Close()

	rw, err := Open(path, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	err = rw.db.View(func(tx *bolt.Tx) error {
		for _, b := range legacyBuckets {
			if tx.Bucket(b) != nil {
				t.Errorf("bucket %s left after the upgrade", b)
			}
		}
		if v := tx.Bucket(bMeta).Get(keyDerived); !bytes.Equal(v, []byte(fmt.Sprint(derivedVersion))) {
			t.Errorf("derived version %q after the upgrade, want %d", v, derivedVersion)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := rw.CheckDerived(ctx); err != nil {
		t.Fatal(err)
	}
	for i, q := range fieldQueries {
		if got, err := allPages(t, rw, q); err != nil || !slices.Equal(got, want[i]) {
			t.Errorf("%+v after the upgrade: %v, %v; want %v", q, got, err, want[i])
		}
	}
	if got, err := rw.Totals(ctx, LedgerQuery{}); err != nil || !sameTotals(got, wantTotals) {
		t.Errorf("totals after the upgrade: %+v, %v; want %+v", got, err, wantTotals)
	}
}
