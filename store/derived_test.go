package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// computed returns the ledger and totals of q computed from the
// commitments, as a store without the structures kept on write does.
func computed(t *testing.T, s *Store, q LedgerQuery) ([]LedgerEntry, Totals) {
	t.Helper()
	s.derived.Store(false)
	defer s.derived.Store(true)
	es, err := allLedger(context.Background(), s, q)
	if err != nil {
		t.Fatal(err)
	}
	tot, err := s.Totals(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return es, tot
}

// checkKept fails unless the structures kept on write match a rebuild and
// answer like the computation from the commitments, for several queries.
func checkKept(t *testing.T, s *Store, step string) {
	t.Helper()
	ctx := context.Background()
	if err := s.CheckDerived(ctx); err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	for _, q := range []LedgerQuery{{}, {Query: Query{Country: "de"}}, {Query: Query{Kind: "money", Currency: "eur"}}, {Query: Query{Status: "considering"}}} {
		if !s.useKept(q) {
			t.Fatalf("%s: query %+v not served by the kept ledger", step, q)
		}
		es, err := allLedger(ctx, s, q)
		if err != nil {
			t.Fatal(err)
		}
		tot, err := s.Totals(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		wantEs, wantTot := computed(t, s, q)
		if len(es) != len(wantEs) || (len(es) > 0 && !reflect.DeepEqual(normalizeTimes(es), normalizeTimes(wantEs))) {
			t.Errorf("%s: %+v: kept ledger\n%+v\nwant\n%+v", step, q.Query, es, wantEs)
		}
		if !sameTotals(tot, wantTot) {
			t.Errorf("%s: %+v: kept totals\n%+v\nwant\n%+v", step, q.Query, tot, wantTot)
		}
	}
}

// sameTotals compares totals, money up to float rounding (sums are formed
// in another order).
func sameTotals(a, b Totals) bool {
	if !reflect.DeepEqual(a.Troops, b.Troops) || a.Entries != b.Entries || len(a.Money) != len(b.Money) || len(a.EUR) != len(b.EUR) {
		return false
	}
	for i := range a.Money {
		x, y := a.Money[i], b.Money[i]
		if x.Country != y.Country || x.Currency != y.Currency || x.Converted != y.Converted || x.Entries != y.Entries ||
			!closeEnough(x.Amount, y.Amount) || !closeEnough(x.EUR, y.EUR) {
			return false
		}
	}
	for i := range a.EUR {
		x, y := a.EUR[i], b.EUR[i]
		if x.Country != y.Country || !closeEnough(x.EUR, y.EUR) || !reflect.DeepEqual(x.Unconverted, y.Unconverted) {
			return false
		}
	}
	return true
}

// normalizeTimes puts every time in UTC (JSON decoding gives fixed zones).
func normalizeTimes(es []LedgerEntry) []LedgerEntry {
	out := copyLedger(es)
	for i := range out {
		out[i].First, out[i].Last = out[i].First.UTC(), out[i].Last.UTC()
		for j := range out[i].Sources {
			out[i].Sources[j].Date = out[i].Sources[j].Date.UTC()
		}
	}
	return out
}

func TestKeptLedgerFollowsEveryWrite(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	de := troops("DE", 5000, news.StatusPledged, 0.9)
	fr := money("FR", 1e9, "EUR", news.StatusPledged, 0.9)
	us := money("US", 2e8, "USD", news.StatusDelivered, 0.3)
	it := troops("IT", 300, news.StatusConsidering, 0.9)
	idOf := func(n int, src string, c news.Commitment) string { return news.CommitmentID(article(n, src, 0).ID, c) }
	steps := []struct {
		name string
		do   func() error
	}{
		{"first reports", func() error {
			save(t, s, article(1, "wire", 0), de, fr)
			save(t, s, article(2, "paper", 2), de, us, it)
			return nil
		}},
		{"syndicated and later reports", func() error {
			save(t, s, article(3, "blog", 5), de, fr)
			save(t, s, article(4, "wire", 60), de)
			return nil
		}},
		{"redelivery", func() error {
			save(t, s, article(3, "blog", 5), de, fr)
			return nil
		}},
		{"re-extraction drops and adds", func() error {
			save(t, s, article(2, "paper", 2), us, troops("DE", 7000, news.StatusPledged, 0.9))
			return nil
		}},
		{"article moved in time", func() error {
			save(t, s, article(4, "wire", 1), de)
			return nil
		}},
		{"accept", func() error {
			_, err := s.Accept(ctx, idOf(2, "paper", us), "ana", "")
			return err
		}},
		{"correct moves to another group", func() error {
			_, err := s.Correct(ctx, idOf(1, "wire", de), "ana", Correction{Actor: ptr("nl"), Troops: news.Int64(900)}, "")
			return err
		}},
		{"correct the first report's value", func() error {
			_, err := s.Correct(ctx, idOf(3, "blog", fr), "ana", Correction{Amount: news.Float64(2e9)}, "")
			return err
		}},
		{"reject", func() error {
			_, err := s.Reject(ctx, idOf(4, "wire", de), "ana", "")
			return err
		}},
		{"re-extraction keeps accepted as stale", func() error {
			save(t, s, article(2, "paper", 2))
			return nil
		}},
		{"rejected comes back", func() error {
			save(t, s, article(4, "wire", 1), de, money("DE", 5e6, "XYZ", news.StatusPledged, 0.9))
			return nil
		}},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		checkKept(t, s, st.name)
	}
}

func TestCheckDerivedFindsDamage(t *testing.T) {
	tests := []struct {
		name   string
		damage func(tx *bolt.Tx) error
	}{
		{"totals record changed", func(tx *bolt.Tx) error {
			k, _ := tx.Bucket(bTotals).Cursor().First()
			return tx.Bucket(bTotals).Put(k, aggregate{Amount: 1, Troops: 1, Entries: 1}.encode())
		}},
		{"ledger entry lost", func(tx *bolt.Tx) error {
			k, _ := tx.Bucket(bLedger).Cursor().First()
			return tx.Bucket(bLedger).Delete(k)
		}},
		{"member key lost", func(tx *bolt.Tx) error {
			k, _ := tx.Bucket(bLedgerMembers).Cursor().Last()
			return tx.Bucket(bLedgerMembers).Delete(k)
		}},
		{"word entry lost", func(tx *bolt.Tx) error {
			k, _ := tx.Bucket(bWord).Cursor().First()
			return tx.Bucket(bWord).Delete(k)
		}},
		{"word entry lists another commitment", func(tx *bolt.Tx) error {
			k, v := tx.Bucket(bWord).Cursor().Last()
			return tx.Bucket(bWord).Put(k, append(joinKeys([][]byte{[]byte("00")}), v...))
		}},
		{"index key lost", func(tx *bolt.Tx) error {
			k, _ := tx.Bucket(bLedgerIdx).Cursor().First()
			return tx.Bucket(bLedgerIdx).Delete(k)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, Options{})
			fixture(t, s)
			if err := s.CheckDerived(ctx); err != nil {
				t.Fatal(err)
			}
			if err := s.db.Update(tt.damage); err != nil {
				t.Fatal(err)
			}
			if err := s.CheckDerived(ctx); !errors.Is(err, ErrDerivedMismatch) {
				t.Fatalf("CheckDerived = %v, want ErrDerivedMismatch", err)
			}
			if err := s.RebuildDerived(ctx); err != nil {
				t.Fatal(err)
			}
			checkKept(t, s, "rebuilt")
		})
	}
}

// TestOpenUpgradesOlderFile opens a file written before the ledger was
// kept on write: read-only it answers by computing, read-write it builds
// the structures once.
func TestOpenUpgradesOlderFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	fixture(t, s)
	for i := range 30 {
		saveBench(t, s, i)
	}
	want, err := s.Totals(ctx, LedgerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	// Make it an older file: no derived buckets, no version key, no titles
	// in the commitment records.
	err = s.db.Update(func(tx *bolt.Tx) error {
		var recs []commitRec
		err := tx.Bucket(bCommitments).ForEach(func(k, v []byte) error {
			var r commitRec
			err := decode(v, &r)
			r.Title = ""
			recs = append(recs, r)
			return err
		})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if _, err := putRec(tx.Bucket(bCommitments), r.Machine.ID, &r); err != nil {
				return err
			}
		}
		for _, b := range derivedBuckets {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		if err := writeLegacyIndexes(tx); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Delete(keyDerived)
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if ro.derived.Load() {
		t.Error("read-only open of an older file claims the kept ledger")
	}
	got, err := ro.Totals(ctx, LedgerQuery{})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("read-only totals %+v, %v; want %+v", got, err, want)
	}
	if err := ro.CheckDerived(ctx); err == nil {
		t.Error("CheckDerived on an older file: no error")
	}
	ro.Close()

	rw, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if !rw.derived.Load() {
		t.Fatal("read-write open did not build the kept ledger")
	}
	got, err = rw.Totals(ctx, LedgerQuery{})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("upgraded totals %+v, %v; want %+v", got, err, want)
	}
	checkKept(t, rw, "upgraded")
	// The title words of the older records are indexed.
	page, err := rw.Commitments(ctx, Query{Text: "ARTICLE 12"})
	if err != nil || len(page.Items) != 4 {
		t.Errorf("title search after upgrade: %d items, %v: %+v", len(page.Items), err, page.Items)
	}
}

func TestLedgerPages(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	for i := range 40 {
		saveBench(t, s, i)
	}
	for _, kept := range []bool{true, false} {
		s.derived.Store(kept)
		all, err := allLedger(ctx, s, LedgerQuery{})
		if err != nil {
			t.Fatal(err)
		}
		one, err := s.Ledger(ctx, LedgerQuery{Query: Query{Limit: MaxLimit}})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != len(one.Items) || one.Next != "" || len(all) < 100 {
			t.Errorf("kept=%v: %d entries in pages of 2, %d in one page (next %q)", kept, len(all), len(one.Items), one.Next)
		}
		first, err := s.Ledger(ctx, LedgerQuery{})
		if err != nil || len(first.Items) != DefaultLimit || first.Next == "" {
			t.Errorf("kept=%v: first page without a cursor: %d items, next %q, %v", kept, len(first.Items), first.Next, err)
		}
		for _, bad := range []LedgerQuery{{Query: Query{Cursor: "!!"}}, {Query: Query{Cursor: "AAAA"}}, {Query: Query{Limit: MaxLimit + 1}}, {Window: -1}} {
			if _, err := s.Ledger(ctx, bad); !errors.Is(err, ErrInvalid) {
				t.Errorf("kept=%v: Ledger(%+v) = %v, want ErrInvalid", kept, bad, err)
			}
		}
	}
	s.derived.Store(true)
}

// TestKeptLedgerRandomWrites applies random saves, re-extractions and
// reviews to a few crowded groups (many reports, several windows) and
// checks the kept ledger against a rebuild after every step.
func TestKeptLedgerRandomWrites(t *testing.T) {
	ctx := context.Background()
	// Rates that change within a year and within a month, so that totals
	// read year, month and day records.
	rates, err := ParseRates(strings.NewReader("2024-01-01,USD,0.9\n2025-04-01,USD,0.8\n2025-05-17,USD,0.85\n2025-01-01,GBP,1.2\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []uint64{1, 2, 3} {
		s := openTest(t, Options{Rates: rates})
		rng := rand.New(rand.NewPCG(seed, 0))
		values := []news.Commitment{
			money("US", 3e8, "USD", news.StatusPledged, 0.9),
			money("GB", 7e7, "GBP", news.StatusDelivered, 0.9),
			troops("DE", 500, news.StatusPledged, 0.9),
			troops("DE", 500, news.StatusPledged, 0.2),
			money("FR", 1e9, "EUR", news.StatusPledged, 0.9),
			equipment("PL", "tanks", 14, 0.7),
		}
		var saved []news.Extraction
		for step := range 60 {
			switch op := rng.IntN(10); {
			case op < 6 || len(saved) == 0: // a new or re-extracted article
				n := rng.IntN(25)
				var cs []news.Commitment
				for range 1 + rng.IntN(2) {
					cs = append(cs, values[rng.IntN(len(values))])
				}
				x := news.Extraction{Article: article(n, "wire", rng.IntN(200)), Commitments: cs}
				if _, err := s.SaveExtraction(ctx, x); err != nil {
					t.Fatal(err)
				}
				saved = append(saved, x)
			case op < 8: // a batch
				var xs []news.Extraction
				for range 3 {
					x := saved[rng.IntN(len(saved))]
					x.Article = article(rng.IntN(25), "wire", rng.IntN(200))
					xs = append(xs, x)
				}
				if _, errs := s.SaveExtractions(ctx, xs); errs[0] != nil {
					t.Fatal(errs[0])
				}
			default: // a review of a stored commitment
				x := saved[rng.IntN(len(saved))]
				id := news.CommitmentID(x.Article.ID, x.Commitments[0])
				var err error
				switch rng.IntN(3) {
				case 0:
					_, err = s.Reject(ctx, id, "ana", "")
				case 1:
					_, err = s.Accept(ctx, id, "ana", "")
				default:
					_, err = s.Correct(ctx, id, "ana", Correction{Troops: news.Int64(int64(500 + 100*rng.IntN(2))), Amount: news.Float64(float64(1+rng.IntN(3)) * 1e8)}, "")
				}
				if err != nil && !errors.Is(err, ErrNotFound) {
					t.Fatal(err)
				}
			}
			if err := s.CheckDerived(ctx); err != nil {
				t.Fatalf("seed %d step %d: %v", seed, step, err)
			}
		}
		checkKept(t, s, fmt.Sprintf("seed %d", seed))
	}
}
